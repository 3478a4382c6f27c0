#include "CommandDispatch.hpp"
#include "uno/text/UnoText.hpp"

#include "BuildRun.hpp"
#include "ResultText.hpp"
#include "ShareRun.hpp"
#include "TemplateOpener.hpp"
#include "UiTexts.hpp"
#include "core/common/Error.hpp"
#include "uno/Boundary.hpp"
#include "uno/GridConversion.hpp"
#include "uno/generator/ReportPdf.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>

namespace concord::uno {

namespace {

const char templateMissing[] = "template.missing";

/// The dispatch arguments the commands read.
const char periodArgument[] = "Period";
const char departmentArgument[] = "Department";
const char languageArgument[] = "Language";
const char hiddenArgument[] = "Hidden";
const char urlArgument[] = "URL";
const char urlsArgument[] = "URLs";
const char formatArgument[] = "Format";
const char takeReturnedArgument[] = "TakeReturned";

const css::beans::PropertyValue*
findArgument(const css::uno::Sequence<css::beans::PropertyValue>& arguments, const char* name) {
    for (const css::beans::PropertyValue& argument : arguments)
        if (argument.Name.equalsAscii(name))
            return &argument;
    return nullptr;
}

std::string textArgument(const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                         const char* name) {
    rtl::OUString value;
    if (const auto* argument = findArgument(arguments, name))
        argument->Value >>= value;
    return toUtf8(value);
}

bool flagArgument(const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                  const char* name) {
    bool value = false;
    if (const auto* argument = findArgument(arguments, name))
        argument->Value >>= value;
    return value;
}

css::uno::Reference<css::sheet::XSpreadsheetDocument>
documentOf(const css::uno::Reference<css::frame::XFrame>& frame) {
    if (!frame.is())
        return {};
    const auto controller = frame->getController();
    if (!controller.is())
        return {};
    return css::uno::Reference<css::sheet::XSpreadsheetDocument>(controller->getModel(),
                                                                 css::uno::UNO_QUERY);
}

} // namespace

CommandDispatch::CommandDispatch(css::uno::Reference<css::uno::XComponentContext> context,
                                 css::uno::Reference<css::frame::XFrame> frame,
                                 const Command& command)
    : _context(std::move(context)), _frame(std::move(frame)), _command(command) {}

void CommandDispatch::dispatch(const css::util::URL&,
                               const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    Boundary::guardedRuntime([&] { show(run(arguments)); });
}

void CommandDispatch::dispatchWithNotification(
    const css::util::URL&, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
    const css::uno::Reference<css::frame::XDispatchResultListener>& listener) {
    Boundary::guardedRuntime([&] {
        const Outcome outcome = run(arguments);
        if (!listener.is())
            return;
        css::frame::DispatchResultEvent event;
        event.Source = static_cast<cppu::OWeakObject*>(this);
        event.State = outcome.success ? css::frame::DispatchResultState::SUCCESS
                                      : css::frame::DispatchResultState::FAILURE;
        event.Result = outcome.success ? outcome.result : css::uno::Any(fromUtf8(outcome.message));
        listener->dispatchFinished(event);
    });
}

void CommandDispatch::addStatusListener(
    const css::uno::Reference<css::frame::XStatusListener>& listener, const css::util::URL& url) {
    Boundary::guardedRuntime([&] {
        if (!listener.is())
            return;
        css::frame::FeatureStateEvent event;
        event.Source = static_cast<cppu::OWeakObject*>(this);
        event.FeatureURL = url;
        event.IsEnabled = enabled();
        event.Requery = false;
        listener->statusChanged(event);
    });
}

void CommandDispatch::removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                           const css::util::URL&) {
    // status is sent once, when a listener is added; nothing is kept
}

bool CommandDispatch::enabled() const {
    return _command.action == Command::Action::NewWorkbook || documentOf(_frame).is();
}

CommandDispatch::Outcome
CommandDispatch::run(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const {
    switch (_command.action) {
    case Command::Action::Build:
        return build(arguments);
    case Command::Action::ExportPdf:
        return exportPdf(arguments);
    case Command::Action::HandOut:
        return handOut(arguments);
    case Command::Action::Collect:
        return collect(arguments);
    case Command::Action::NewWorkbook:
        break;
    }
    return newWorkbook(arguments);
}

CommandDispatch::Outcome
CommandDispatch::build(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const {
    const UiTexts texts = UiTexts::load(_context);
    Outcome outcome;
    const auto document = documentOf(_frame);
    if (!document.is()) {
        outcome.message = ResultText::failed(texts.text("status.no_document"), texts);
        return outcome;
    }
    BuildChoice choice;
    choice.what = _command.what;
    choice.period = textArgument(arguments, periodArgument);
    choice.department = textArgument(arguments, departmentArgument);
    choice.language = textArgument(arguments, languageArgument);
    try {
        const auto result =
            BuildRun(_context, _frame, texts.text("progress.building")).run(document, choice);
        outcome.success = true;
        outcome.result <<= result;
        outcome.message =
            ResultText::of(result, core::report::CompanyResult::fromReport(toUtf8(result.report)),
                           texts, ResultText::now());
    } catch (...) {
        outcome.message = ResultText::failed(Boundary::currentMessage(), texts);
    }
    return outcome;
}

CommandDispatch::Outcome
CommandDispatch::newWorkbook(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const {
    const UiTexts texts = UiTexts::load(_context);
    Outcome outcome;
    try {
        outcome.result <<= TemplateOpener::open(_context, _command.language,
                                                flagArgument(arguments, hiddenArgument));
        outcome.success = true;
    } catch (const core::common::Error& error) {
        outcome.message = error.id() == templateMissing
                              ? texts.text(templateMissing, {error.value()})
                              : Boundary::currentMessage();
    } catch (...) {
        outcome.message = Boundary::currentMessage();
    }
    return outcome;
}

CommandDispatch::Outcome
CommandDispatch::exportPdf(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const {
    const UiTexts texts = UiTexts::load(_context);
    Outcome outcome;
    const auto document = documentOf(_frame);
    if (!document.is()) {
        outcome.message = texts.text("status.no_document");
        return outcome;
    }
    rtl::OUString url = fromUtf8(textArgument(arguments, urlArgument));
    if (url.isEmpty()) {
        namespace dialogs = css::ui::dialogs;
        const auto picker = dialogs::FilePicker::createWithMode(
            _context, dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
        picker->setTitle(fromUtf8(texts.text("pdf.title")));
        css::uno::Reference<dialogs::XFilterManager> filters(picker, css::uno::UNO_QUERY);
        if (filters.is()) {
            filters->appendFilter(fromUtf8(texts.text("pdf.filter")), "*.pdf");
            filters->setCurrentFilter(fromUtf8(texts.text("pdf.filter")));
        }
        if (picker->execute() != dialogs::ExecutableDialogResults::OK ||
            picker->getSelectedFiles().getLength() == 0) {
            outcome.success = true;
            return outcome;
        }
        url = picker->getSelectedFiles()[0];
    }
    try {
        const std::vector<std::string> sheets = ReportPdf::write(document, url, false);
        outcome.success = true;
        outcome.result <<= toSequence(sheets);
    } catch (...) {
        outcome.message = Boundary::currentMessage();
    }
    return outcome;
}

CommandDispatch::Outcome
CommandDispatch::handOut(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const {
    const UiTexts texts = UiTexts::load(_context);
    Outcome outcome;
    const auto document = documentOf(_frame);
    if (!document.is()) {
        outcome.message = texts.text("status.no_document");
        return outcome;
    }
    try {
        const std::string period = textArgument(arguments, periodArgument);
        const auto written =
            ShareRun::handOut(_context, document, period, textArgument(arguments, urlArgument),
                              textArgument(arguments, formatArgument), texts);
        outcome.success = true;
        if (!written)
            return outcome; // the picker was cancelled
        outcome.result <<= toSequence(*written);
        outcome.message =
            texts.text("status.handout",
                       {std::to_string(written->size()), period,
                        written->empty() ? std::string() : ShareRun::folderText(written->front())});
    } catch (...) {
        outcome.message = ResultText::failed(Boundary::currentMessage(), texts);
    }
    return outcome;
}

CommandDispatch::Outcome
CommandDispatch::collect(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const {
    const UiTexts texts = UiTexts::load(_context);
    Outcome outcome;
    const auto document = documentOf(_frame);
    if (!document.is()) {
        outcome.message = texts.text("status.no_document");
        return outcome;
    }
    std::vector<std::string> urls;
    if (const auto* argument = findArgument(arguments, urlsArgument)) {
        css::uno::Sequence<rtl::OUString> list;
        argument->Value >>= list;
        urls = toStrings(list);
    }
    if (const std::string one = textArgument(arguments, urlArgument); !one.empty())
        urls.push_back(one);
    try {
        const auto result = ShareRun::collect(_context, document, urls,
                                              flagArgument(arguments, takeReturnedArgument), texts);
        outcome.success = true;
        if (!result)
            return outcome;
        outcome.result <<= *result;
        for (const std::string& line : toStrings(result->lines))
            outcome.message += (outcome.message.empty() ? "" : "\n") + line;
    } catch (...) {
        outcome.message = ResultText::failed(Boundary::currentMessage(), texts);
    }
    return outcome;
}

void CommandDispatch::show(const Outcome& outcome) const {
    if (outcome.message.empty() || !_frame.is())
        return;
    css::uno::Reference<css::awt::XWindowPeer> parent(_frame->getContainerWindow(),
                                                      css::uno::UNO_QUERY);
    css::uno::Reference<css::awt::XMessageBoxFactory> boxes(css::awt::Toolkit::create(_context),
                                                            css::uno::UNO_QUERY_THROW);
    const UiTexts texts = UiTexts::load(_context);
    const auto box = boxes->createMessageBox(
        parent,
        outcome.success ? css::awt::MessageBoxType_INFOBOX : css::awt::MessageBoxType_ERRORBOX,
        css::awt::MessageBoxButtons::BUTTONS_OK, fromUtf8(texts.text("box.title")),
        fromUtf8(outcome.message));
    if (box.is())
        box->execute();
}

} // namespace concord::uno
