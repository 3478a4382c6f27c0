#include "BuildRun.hpp"

#include "uno/GridConversion.hpp"

#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <org/concord/Generator.hpp>

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
    const Progress progress(_frame, _progressText);
    return generator->build(document, fromUtf8(choice.period), fromUtf8(choice.language),
                            fromUtf8(generatorWhat(choice)));
}

} // namespace concord::uno
