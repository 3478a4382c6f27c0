#include "BuildRun.hpp"
#include "uno/text/UnoText.hpp"

#include "core/sheets/ShownAfterBuild.hpp"
#include "uno/GridConversion.hpp"
#include "uno/generator/GeneratedRegistry.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <org/concord/Generator.hpp>

#include <algorithm>

namespace concord::uno {

namespace {

const char scorecards[] = "scorecards";
/// The indicator's steps: started, generator called, done.
const sal_Int32 progressSteps = 2;

/// The frame's status-bar progress indicator for the lifetime of the object.
class Progress {
public:
    Progress(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& text) {
        css::uno::Reference<css::task::XStatusIndicatorFactory> factory(frame, css::uno::UNO_QUERY);
        if (!factory.is())
            return;
        _indicator = factory->createStatusIndicator();
        if (!_indicator.is())
            return;
        _indicator->start(fromUtf8(text), progressSteps);
        _indicator->setValue(1);
    }
    ~Progress() {
        if (!_indicator.is())
            return;
        try {
            _indicator->setValue(progressSteps);
            _indicator->end();
        } catch (const css::uno::Exception&) {
            // the frame went away during the build: nothing left to show progress in
        }
    }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

private:
    css::uno::Reference<css::task::XStatusIndicator> _indicator;
};

} // namespace

BuildRun::BuildRun(css::uno::Reference<css::uno::XComponentContext> context,
                   css::uno::Reference<css::frame::XFrame> frame, std::string progressText)
    : _context(std::move(context)), _frame(std::move(frame)),
      _progressText(std::move(progressText)) {}

std::string BuildRun::generatorWhat(const BuildChoice& choice) {
    if (choice.what == scorecards && !choice.department.empty())
        return choice.what + ":" + choice.department;
    return choice.what;
}

org::concord::GenerationResult
BuildRun::run(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
              const BuildChoice& choice) const {
    const auto generator = org::concord::Generator::create(_context);
    org::concord::GenerationResult result;
    {
        const Progress progress(_frame, _progressText);
        result = generator->build(document, fromUtf8(choice.period), fromUtf8(choice.language),
                                  fromUtf8(generatorWhat(choice)));
    }
    show(document, result);
    return result;
}

void BuildRun::show(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    const org::concord::GenerationResult& result) const {
    const auto controller = _frame.is() ? _frame->getController() : nullptr;
    const css::uno::Reference<css::sheet::XSpreadsheetView> view(controller, css::uno::UNO_QUERY);
    if (!view.is() || controller->getModel() !=
                          css::uno::Reference<css::frame::XModel>(document, css::uno::UNO_QUERY))
        return;
    try {
        // The kinds of the sheets written, from the registry the build has just saved.
        std::vector<core::sheets::WrittenSheet> written;
        const auto entries = GeneratedRegistry::load(document).entries();
        for (const rtl::OUString& name : result.sheets) {
            const std::string text = toUtf8(name);
            const auto entry = std::find_if(entries.begin(), entries.end(),
                                            [&](const auto& known) { return known.name == text; });
            written.push_back({text, entry == entries.end() ? std::string() : entry->kind});
        }
        const std::string shown = core::sheets::shownSheet(written);
        if (shown.empty())
            return;
        view->setActiveSheet(css::uno::Reference<css::sheet::XSpreadsheet>(
            document->getSheets()->getByName(fromUtf8(shown)), css::uno::UNO_QUERY_THROW));
    } catch (const css::uno::Exception&) {
        // The sheets are built; a view that will not turn to them (closing, or a user sheet
        // protected by a macro) is no reason to report the build as failed.
    }
}

} // namespace concord::uno
