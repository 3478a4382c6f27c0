#pragma once

#include "uno/commands/UiTexts.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace concord::uno {

struct WorkbookSummary;

/// The panel's controls, made with UNO AWT controls in one container window: what the
/// workbook holds (five captioned counts), the period and department choosers, the four
/// build buttons and the PDF export button, a status line, the list of input problems and, under
/// it, the whole text of the chosen problem. It shows what it is given and says what the user
/// chose; it decides nothing. Every word comes from ui.json through UiTexts.
///
/// Button clicks reach the action listener with the button's ActionCommand set to the
/// generator's `what` ("scorecards", "smart", "requests", "all") or exportPdfAction;
/// choosing a problem reaches the item listener. Call from the office's UI (the SolarMutex
/// serialises it).
class PanelView {
public:
    /// The ActionCommand of the "Export PDF…" button ("ExportPdf", the command's name).
    static const char exportPdfAction[];
    /// The ActionCommands of "Hand out…" and "Collect…" (the commands' names).
    static const char handOutAction[];
    static const char collectAction[];
    /// The ActionCommand of "Check input" (PanelController::checkInput).
    static const char checkInputAction[];

    /// Creates the controls in a container window, child of parent (a window of the
    /// office). Throws css::uno::Exception when the toolkit refuses.
    PanelView(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::awt::XWindow>& parent, const UiTexts& texts);
    /// dispose().
    ~PanelView();
    PanelView(const PanelView&) = delete;
    PanelView& operator=(const PanelView&) = delete;

    /// Disposes the container and its controls. Idempotent; never throws.
    void dispose() noexcept;

    /// The container's window (its peer), to be placed by the sidebar.
    css::uno::Reference<css::awt::XWindow> window() const;
    /// The container window's accessible object (buttons, texts and lists below it).
    css::uno::Reference<css::accessibility::XAccessible> accessible() const;

    /// Adds (or, with remove, removes) the listeners of the buttons and the problem list.
    void listen(const css::uno::Reference<css::awt::XActionListener>& buttons,
                const css::uno::Reference<css::awt::XItemListener>& problems, bool remove);

    /// Shows the counts, fills the choosers (keeping the user's choice when it is still
    /// offered; else the default period and all departments) and the problem list (kept
    /// as it is, with its selection, when its lines have not changed). The list's tooltip
    /// (HelpText) holds its lines in full, one a line, as the list may be too narrow.
    void showSummary(const WorkbookSummary& summary);
    /// The status line (may hold several lines).
    void showStatus(const std::string& text);
    /// The text under the problem list.
    void showDetail(const std::string& text);

    /// The chosen period's label; empty when none is offered.
    std::string chosenPeriod() const;
    /// The chosen department's code; empty for all departments.
    std::string chosenDepartment() const;
    /// The index of the chosen problem line, or -1.
    int chosenProblem() const;

    /// Places the controls in a window width × height pixels (the problem list takes the
    /// height left over, at least its minimum).
    void layout(int width, int height);
    /// For a width: the minimum height (the problem list 4 lines high), the preferred one
    /// (a line per problem, 4 to 12) and no maximum (-1: the list takes what is left).
    css::ui::LayoutSize heightForWidth(int width) const;
    /// The narrowest width at which the captions and buttons still read in full.
    int minimalWidth() const;

private:
    struct Geometry;

    css::uno::Reference<css::awt::XControl> add(const char* kind, const std::string& name);
    Geometry place(int width, int listHeight) const;
    /// The problem list's tooltip: its first lines in full, then how many more there are.
    std::string problemsTip() const;
    int listHeight(int lines) const;
    int textHeight(const css::uno::Reference<css::awt::XControl>& control, int width) const;

    css::uno::Reference<css::uno::XComponentContext> _context;
    css::uno::Reference<css::awt::XControl> _container;
    css::uno::Reference<css::awt::XControlContainer> _controls;
    std::vector<css::uno::Reference<css::awt::XControl>> _headings;
    std::vector<css::uno::Reference<css::awt::XControl>> _captions;
    std::vector<css::uno::Reference<css::awt::XControl>> _values;
    css::uno::Reference<css::awt::XControl> _periodCaption;
    css::uno::Reference<css::awt::XControl> _period;
    css::uno::Reference<css::awt::XControl> _departmentCaption;
    css::uno::Reference<css::awt::XControl> _department;
    std::vector<css::uno::Reference<css::awt::XControl>> _buttons;
    css::uno::Reference<css::awt::XControl> _status;
    css::uno::Reference<css::awt::XControl> _problems;
    css::uno::Reference<css::awt::XControl> _detail;

    std::vector<std::string> _periodLabels;    ///< entries of the period chooser
    std::vector<std::string> _departmentCodes; ///< entries of the department chooser ("" = all)
    std::vector<std::string> _problemLines;    ///< entries of the problem list
    UiTexts _texts;
};

} // namespace concord::uno
