#include "PanelController.hpp"
#include "uno/text/UnoText.hpp"

#include "DispatchResult.hpp"
#include "PanelEvents.hpp"
#include "PanelView.hpp"
#include "core/report/CompanyResult.hpp"
#include "core/share/CollectReport.hpp"
#include "uno/Boundary.hpp"
#include "uno/GridConversion.hpp"
#include "uno/Runtime.hpp"
#include "uno/commands/BuildRun.hpp"
#include "uno/commands/Command.hpp"
#include "uno/commands/ResultText.hpp"
#include "uno/commands/ShareRun.hpp"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <org/concord/CollectResult.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XActivationBroadcaster.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

namespace {

const char scorecards[] = "scorecards";

/// Takes a listener off a broadcaster that may already be gone: best effort, never throws.
template <class Call> void quietly(Call call) noexcept {
    try {
        call();
    } catch (...) {
        // the broadcaster was disposed first: its listeners are gone with it
    }
}

} // namespace

PanelController::PanelController(const Reference<css::uno::XComponentContext>& context,
                                 const Reference<css::frame::XFrame>& frame,
                                 const Reference<css::awt::XWindow>& parent,
                                 const Reference<css::ui::XSidebar>& sidebar)
    : _context(context), _frame(frame), _parent(parent), _sidebar(sidebar),
      _texts(UiTexts::load(context)), _view(std::make_unique<PanelView>(context, parent, _texts)) {}

PanelController::~PanelController() {
    dispose();
}

void PanelController::start(const rtl::Reference<PanelEvents>& events) {
    _events = events;
    _worker = std::make_unique<SummaryWorker>(_context, _frame, _texts, _events.get());
    _view->listen(_events.get(), _events.get(), false);
    _parent->addWindowListener(_events.get());
    _frame->addFrameActionListener(_events.get());
    watch(true);
    refresh();
    resized();
}

void PanelController::dispose() noexcept {
    if (_disposed)
        return;
    _disposed = true;
    if (_worker)
        _worker->stop();
    if (_events.is()) {
        watch(false);
        quietly([&] { _view->listen(_events.get(), _events.get(), true); });
        quietly([&] { _parent->removeWindowListener(_events.get()); });
        quietly([&] { _frame->removeFrameActionListener(_events.get()); });
        _events.clear();
    }
    _view->dispose();
}

void PanelController::watch(bool on) {
    if (!_events.is())
        return;
    if (!on) {
        quietly([&] {
            if (Reference<css::util::XModifyBroadcaster> model{_watchedModel, UNO_QUERY};
                model.is())
                model->removeModifyListener(_events.get());
        });
        quietly([&] {
            if (Reference<css::sheet::XActivationBroadcaster> view{_watchedController, UNO_QUERY};
                view.is())
                view->removeActivationEventListener(_events.get());
        });
        _watchedModel.clear();
        _watchedController.clear();
        return;
    }
    _watchedController = _frame->getController();
    _watchedModel =
        _watchedController.is() ? _watchedController->getModel() : Reference<css::frame::XModel>();
    if (Reference<css::util::XModifyBroadcaster> model{_watchedModel, UNO_QUERY}; model.is())
        model->addModifyListener(_events.get());
    if (Reference<css::sheet::XActivationBroadcaster> view{_watchedController, UNO_QUERY};
        view.is())
        view->addActivationEventListener(_events.get());
}

void PanelController::gone(const Reference<css::uno::XInterface>& source) noexcept {
    quietly([&] {
        // Only the document and view listened to: any other object going away (another
        // document, another view) is none of the panel's business.
        if (!source.is())
            return;
        if (_watchedModel.is() && source == _watchedModel)
            _watchedModel.clear();
        if (_watchedController.is() && source == _watchedController)
            _watchedController.clear();
    });
}

Reference<css::sheet::XSpreadsheetDocument> PanelController::document() const {
    const auto controller = _frame->getController();
    return Reference<css::sheet::XSpreadsheetDocument>(
        controller.is() ? controller->getModel() : Reference<css::frame::XModel>(), UNO_QUERY);
}

void PanelController::changed() {
    if (_worker)
        _worker->changed();
}

void PanelController::summaryReady() {
    if (_disposed || _building || !_worker)
        return;
    std::optional<SummaryWorker::Result> result = _worker->take();
    if (!result || result->generation != _worker->generation())
        return; // changed since: the worker reads again
    if (!result->failure.empty()) {
        fail(result->failure);
        return;
    }
    const bool unusable = !result->summary.unusable.empty();
    if (result->noDocument || unusable != !_summary.unusable.empty()) {
        // a table or column went missing, or is back: the whole read says what is what
        refresh();
        return;
    }
    if (unusable) { // still not a Concord workbook (or not yet): say why, read nothing more
        show(std::move(result->summary), document());
        return;
    }
    // New counts and departments; the periods and problems stay those of the last full
    // read (opening, Build, Collect, Check input), which needs every Actuals row.
    WorkbookSummary counted = std::move(result->summary);
    counted.periods = _summary.periods;
    counted.defaultPeriod = _summary.defaultPeriod;
    counted.problems.assign(_summary.problems.begin() +
                                static_cast<std::ptrdiff_t>(_summary.listedFirst),
                            _summary.problems.end());
    show(std::move(counted), document());
}

void PanelController::checkInput() {
    if (_disposed || _building)
        return;
    refresh();
    if (_summary.unusable.empty())
        showStatus(_texts.text(
            "status.checked",
            {ResultText::now(), std::to_string(_summary.problems.size() - _summary.listedFirst)}));
}

void PanelController::refresh() {
    if (_disposed || _building)
        return;
    const auto workbook = document();
    if (!workbook.is()) {
        show(WorkbookSummary(), workbook);
        return;
    }
    if (!_reader)
        _reader.emplace(core::model::Reader::load(dataDirectory()));
    show(WorkbookSummary::read(workbook, _texts, *_reader), workbook);
}

void PanelController::show(WorkbookSummary summary,
                           const Reference<css::sheet::XSpreadsheetDocument>& workbook) {
    const std::size_t problemsBefore = _summary.problems.size();
    _summary = std::move(summary);
    if (!workbook.is())
        _summary.unusable = _texts.text("status.no_document");
    _summary.problems.insert(_summary.problems.begin(), _collectLines.begin(), _collectLines.end());
    _summary.listedFirst = _collectLines.size();
    _view->showSummary(_summary);
    if (!_summary.unusable.empty()) {
        showStatus(workbook.is() ? _texts.text("status.not_workbook", {_summary.unusable})
                                 : _summary.unusable);
        _statusIsAboutWorkbook = true;
        _statusIsAboutBuild = false;
    } else if (_statusIsAboutWorkbook) {
        showStatus(_texts.text("status.ready"));
        _statusIsAboutWorkbook = false;
    } else if (_statusIsAboutBuild && _lastBuild) {
        showStatus(lastBuildStatus(workbook));
    }
    if (_summary.problems.size() != problemsBefore && _sidebar.is())
        _sidebar->requestLayout();
}

std::string PanelController::lastBuildStatus(
    const Reference<css::sheet::XSpreadsheetDocument>& workbook) const {
    const auto sheets = workbook->getSheets();
    std::string missing;
    std::size_t missingCount = 0;
    for (const std::string& name : _lastBuild->sheets)
        if (!sheets->hasByName(fromUtf8(name))) {
            missing += (missing.empty() ? "" : ", ") + name;
            ++missingCount;
        }
    if (missingCount == 0)
        return _lastBuild->text;
    if (missingCount == _lastBuild->sheets.size())
        return _texts.text("status.undone", {_lastBuild->period, _lastBuild->time});
    return _texts.text("status.sheets_gone", {_lastBuild->period, _lastBuild->time, missing});
}

void PanelController::showStatus(const std::string& text) {
    if (text == _status)
        return;
    _status = text;
    _view->showStatus(text);
    resized();
    if (_sidebar.is())
        _sidebar->requestLayout();
}

void PanelController::frameChanged() {
    watch(false);
    watch(true);
    refresh();
}

void PanelController::build(const std::string& what) {
    if (_disposed || _building)
        return;
    const auto workbook = document();
    if (!workbook.is()) {
        showStatus(_texts.text("status.no_document"));
        return;
    }
    BuildChoice choice;
    choice.what = what;
    choice.period = _view->chosenPeriod();
    if (what == scorecards)
        choice.department = _view->chosenDepartment();
    const std::string progress = _texts.text("progress.building");
    showStatus(progress);
    std::string failure;
    _building = true;
    try {
        const auto result = BuildRun(_context, _frame, progress).run(workbook, choice);
        LastBuild last;
        last.period = toUtf8(result.period);
        last.time = ResultText::now();
        for (const rtl::OUString& name : result.sheets)
            last.sheets.push_back(toUtf8(name));
        const auto company = core::report::CompanyResult::fromReport(toUtf8(result.report));
        last.score = company.score;
        // "was" compares like with like: the previous build of the same period
        const std::optional<double> previous =
            _lastBuild && _lastBuild->period == last.period ? _lastBuild->score : std::nullopt;
        last.text = ResultText::of(result, company, _texts, last.time, previous);
        _lastBuild = std::move(last);
    } catch (...) {
        failure = ResultText::failed(Boundary::currentMessage(), _texts);
    }
    _building = false;
    _statusIsAboutWorkbook = false;
    _statusIsAboutBuild = failure.empty();
    refresh();
    if (!failure.empty()) {
        showStatus(failure);
        _statusIsAboutWorkbook = false;
    }
}

void PanelController::exportPdf() {
    if (_disposed || _building)
        return;
    const Command* command =
        Command::find(std::string(Command::scheme) + PanelView::exportPdfAction);
    if (command == nullptr)
        return; // the button's name is a command's: Command::all() lists ExportPdf
    css::util::URL url;
    url.Complete = fromUtf8(command->url());
    css::util::URLTransformer::create(_context)->parseStrict(url);
    const auto dispatch = Reference<css::frame::XDispatchProvider>(_frame, UNO_QUERY_THROW)
                              ->queryDispatch(url, "_self", 0);
    if (dispatch.is())
        dispatch->dispatch(url, {});
}

void PanelController::handOut() {
    if (_disposed || _building)
        return;
    const std::string period = _view->chosenPeriod();
    css::beans::PropertyValue argument;
    argument.Name = "Period";
    argument.Value <<= fromUtf8(period);
    // Through the frame, as Tools ▸ Concord ▸ Hand out: the command asks for the folder.
    const auto event = DispatchResult::run(
        _context, _frame, std::string(Command::scheme) + PanelView::handOutAction, {argument});
    if (!event)
        return;
    css::uno::Sequence<rtl::OUString> written;
    rtl::OUString failure;
    if (event->State == css::frame::DispatchResultState::SUCCESS) {
        if (!(event->Result >>= written))
            return; // the picker was cancelled
        const auto urls = toStrings(written);
        showStatus(_texts.text(
            "status.handout", {std::to_string(urls.size()), period,
                               urls.empty() ? std::string() : ShareRun::folderText(urls.front())}));
    } else {
        event->Result >>= failure;
        showStatus(toUtf8(failure));
    }
    _statusIsAboutWorkbook = false;
    _statusIsAboutBuild = false;
}

void PanelController::collect() {
    if (_disposed || _building)
        return;
    std::optional<css::frame::DispatchResultEvent> event;
    _building = true; // the merge changes the document: refresh once, at the end
    try {
        // Through the frame, as Tools ▸ Concord ▸ Collect: the command asks for the files.
        event = DispatchResult::run(_context, _frame,
                                    std::string(Command::scheme) + PanelView::collectAction);
    } catch (...) {
        _building = false;
        throw;
    }
    _building = false;
    if (!event)
        return;
    org::concord::CollectResult result;
    std::string status;
    if (event->State != css::frame::DispatchResultState::SUCCESS) {
        rtl::OUString failure;
        event->Result >>= failure;
        status = toUtf8(failure);
    } else if (!(event->Result >>= result)) {
        return; // the picker was cancelled
    } else {
        _collectLines.clear();
        const auto lines = toStrings(result.lines);
        const auto issues = toStrings(result.issues);
        const auto cells = toStrings(result.issueCells);
        // the per-department summary first, then every conflict and refusal with its cell
        for (const std::string& line : lines)
            if (std::find(issues.begin(), issues.end(), line) == issues.end())
                _collectLines.push_back({"", -1, -1, line, line});
        for (std::size_t i = 0; i < issues.size(); ++i) {
            WorkbookSummary::Problem problem{"", -1, -1, issues[i], issues[i]};
            const std::optional<core::model::CellRef> cell =
                i < cells.size() ? core::share::CollectReport::parseCell(cells[i]) : std::nullopt;
            if (cell)
                problem = {cell->sheet, cell->row, cell->col, issues[i], issues[i]};
            _collectLines.push_back(problem);
        }
        const std::size_t files = nlohmann::json::parse(toUtf8(result.report))
                                      .value("files", nlohmann::json::array())
                                      .size();
        status =
            _texts.text("status.collect", {std::to_string(files), std::to_string(result.written),
                                           std::to_string(issues.size())});
    }
    _statusIsAboutWorkbook = false;
    _statusIsAboutBuild = false;
    refresh();
    showStatus(status);
}

void PanelController::goToProblem(int index) {
    if (_disposed || index < 0 || index >= static_cast<int>(_summary.problems.size()))
        return;
    const WorkbookSummary::Problem& problem = _summary.problems[static_cast<std::size_t>(index)];
    _view->showDetail(problem.text);
    const auto workbook = document();
    if (!workbook.is() || problem.row < 0 ||
        !workbook->getSheets()->hasByName(fromUtf8(problem.sheet)))
        return;
    Reference<css::table::XCellRange> sheet(
        workbook->getSheets()->getByName(fromUtf8(problem.sheet)), UNO_QUERY_THROW);
    Reference<css::view::XSelectionSupplier> selection(_frame->getController(), UNO_QUERY_THROW);
    selection->select(css::uno::Any(sheet->getCellByPosition(problem.column, problem.row)));
}

void PanelController::resized() {
    if (_disposed)
        return;
    const css::awt::Rectangle size = _parent->getPosSize();
    _view->layout(size.Width, size.Height);
}

void PanelController::fail(const std::string& message) noexcept {
    try {
        if (!_disposed)
            showStatus(ResultText::failed(message, _texts));
    } catch (const css::uno::Exception&) {
        // the view itself is gone: nothing is left to show the message in
    } catch (const std::exception&) {
        // ui.json lacks status.failed: nothing is left to say it with
    }
}

css::ui::LayoutSize PanelController::heightForWidth(int width) const {
    return _view->heightForWidth(width);
}

int PanelController::minimalWidth() const {
    return _view->minimalWidth();
}

Reference<css::awt::XWindow> PanelController::window() const {
    return _view->window();
}

Reference<css::accessibility::XAccessible> PanelController::accessible() const {
    return _view->accessible();
}

} // namespace concord::uno
