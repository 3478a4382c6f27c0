#pragma once

#include "SummaryWorker.hpp"
#include "WorkbookSummary.hpp"
#include "core/model/Reader.hpp"
#include "uno/commands/UiTexts.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <rtl/ref.hxx>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace concord::uno {

class PanelEvents;
class PanelView;

/// What the panel does when something happens: reads the frame's workbook into the view
/// (WorkbookSummary: all of it when it opens, after a build or collect and on "Check
/// input"; after an edit only the counts, through its SummaryWorker, off the UI thread once
/// the edits pause), runs the builds the buttons ask for (BuildRun, like the commands)
/// and shows their outcome (ResultText), and selects the cell of a chosen problem. It owns
/// the view and keeps the listeners (a PanelEvents) on the frame, its document and view,
/// and the parent window. Methods are called from the office's UI (under the SolarMutex).
class PanelController {
public:
    /// Makes the view in parent for frame's document. sidebar may be empty (then the
    /// panel does not ask the sidebar to lay it out again when its height changes).
    /// Throws css::uno::Exception when the controls cannot be made and core::common::Error when
    /// ui.json cannot be read.
    PanelController(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::frame::XFrame>& frame,
                    const css::uno::Reference<css::awt::XWindow>& parent,
                    const css::uno::Reference<css::ui::XSidebar>& sidebar);
    ~PanelController();
    PanelController(const PanelController&) = delete;
    PanelController& operator=(const PanelController&) = delete;

    /// Starts listening through events and shows the workbook (refresh()).
    void start(const rtl::Reference<PanelEvents>& events);
    /// Stops listening and disposes the view. Idempotent; never throws.
    void dispose() noexcept;

    /// The document changed (or its active sheet): only tells the SummaryWorker, which
    /// reads it once the edits pause, so that an edit returns at once. O(1).
    void changed();
    /// The SummaryWorker has read the counts: shows them (and the departments), unless the
    /// document changed again since (another read is coming) or a build runs (it refreshes
    /// at its end). Periods and problems stay those of the last full read; when a table
    /// went missing or came back, it reads the whole workbook (refresh()).
    void summaryReady();
    /// The "Check input" button: reads the workbook at once (the whole input check) and
    /// says in the status line how many problems it found and when.
    void checkInput();
    /// Reads the workbook again and shows it; during a build it waits for the build's end.
    /// When the status line tells of the last build, it checks that the sheets built are
    /// still there (O(sheets built)): after an undo it says the build was undone, after a
    /// redo it tells of the build again.
    void refresh();
    /// The frame's component changed (another document, or none): listens to the new one
    /// and refreshes.
    void frameChanged();
    /// Runs the build of a button: what is the generator's "scorecards", "smart",
    /// "requests" or "all", with the chosen period (and department, for scorecards). The
    /// status line says when and what was built, the company's score (and the one of the
    /// previous build of the same period), or why nothing was. The view then shows the
    /// company sheet (BuildRun). Ignored during a build.
    void build(const std::string& what);
    /// The "Export PDF…" button: dispatches vnd.concord:ExportPdf to the frame, as the menu
    /// does (a file picker asks where; a failure shows in a message box). Going through the
    /// frame's dispatch keeps one path for the PDF. Ignored during a build.
    void exportPdf();
    /// "Hand out…": dispatches vnd.concord:HandOut with the chosen period to the frame (the
    /// command's folder picker asks where); the status line says how many were written.
    void handOut();
    /// "Collect…": dispatches vnd.concord:Collect to the frame (the command's multi-file
    /// picker asks for the returned workbooks, merged as one undo step); the summary
    /// and every conflict, refusal and unknown row become lines at the head of the message
    /// list (choosing one selects its master cell) until the next collect.
    void collect();
    /// Selects, in the sheet, the cell of the problem on list line index, and shows the
    /// problem's whole text.
    void goToProblem(int index);
    /// source (something listened to) is being disposed: when it is the document or view
    /// the panel listens to, forgets it (its listeners go with it; nothing is taken off
    /// later). Anything else is ignored. Never throws.
    void gone(const css::uno::Reference<css::uno::XInterface>& source) noexcept;
    /// The parent window changed size: places the controls again.
    void resized();
    /// Shows message in the status line, as the last resort of an event that failed.
    /// Never throws.
    void fail(const std::string& message) noexcept;

    /// The view's heightForWidth and minimalWidth.
    css::ui::LayoutSize heightForWidth(int width) const;
    int minimalWidth() const;
    /// The view's window and accessible object (empty after dispose).
    css::uno::Reference<css::awt::XWindow> window() const;
    css::uno::Reference<css::accessibility::XAccessible> accessible() const;

private:
    /// The last build that succeeded: what the status line tells of it.
    struct LastBuild {
        std::string period;
        std::string time;
        std::vector<std::string> sheets;
        std::optional<double> score;
        std::string text;
    };

    void watch(bool on);
    /// Shows summary, read from workbook (empty when the frame holds no document).
    void show(WorkbookSummary summary,
              const css::uno::Reference<css::sheet::XSpreadsheetDocument>& workbook);
    /// Shows text in the status line and, when it changed, places the controls again and
    /// asks the sidebar to lay the panel out again (the text may need more lines).
    void showStatus(const std::string& text);
    /// What the status line says of _lastBuild now that the workbook holds sheets.
    std::string
    lastBuildStatus(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& workbook) const;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document() const;

    css::uno::Reference<css::uno::XComponentContext> _context;
    css::uno::Reference<css::frame::XFrame> _frame;
    css::uno::Reference<css::awt::XWindow> _parent;
    css::uno::Reference<css::ui::XSidebar> _sidebar;
    UiTexts _texts;
    std::unique_ptr<PanelView> _view;
    rtl::Reference<PanelEvents> _events;
    /// What the listeners are on, to take them off again.
    css::uno::Reference<css::frame::XController> _watchedController;
    css::uno::Reference<css::frame::XModel> _watchedModel;
    WorkbookSummary _summary;
    /// The data files the reads need, loaded once.
    std::optional<core::model::Reader> _reader;
    std::unique_ptr<SummaryWorker> _worker;
    std::optional<LastBuild> _lastBuild;
    /// The last collect's lines, shown at the head of the message list.
    std::vector<WorkbookSummary::Problem> _collectLines;
    std::string _status;
    bool _building = false;
    bool _statusIsAboutWorkbook = false;
    bool _statusIsAboutBuild = false;
    bool _disposed = false;
};

} // namespace concord::uno
