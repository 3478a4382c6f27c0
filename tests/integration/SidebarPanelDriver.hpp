#pragma once

#include "cli/office/CalcDocument.hpp"
#include "cli/office/OfficeProcess.hpp"

#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XUIElement.hpp>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace concord::integration {

/// The Concord panel made the way the sidebar makes it — the office's
/// UIElementFactoryManager asked for private:resource/toolpanel/ConcordFactory/Main with
/// the Frame of a Calc document, a ParentWindow (a new window of the office, width ×
/// height pixels) and, when given, the Sidebar to ask for layouts — and used the way a user or a
/// screen reader uses it: through its accessible objects (texts, buttons pressed by their action,
/// list lines selected). Disposes the panel and its window on destruction.
class SidebarPanelDriver {
public:
    /// One accessible object of the panel: its role (AccessibleRole), name and context.
    struct Node {
        sal_Int16 role = 0;
        std::string name;
        css::uno::Reference<css::accessibility::XAccessibleContext> context;
    };

    SidebarPanelDriver(const cli::OfficeProcess& office, const cli::CalcDocument& document,
                       int width = 320, int height = 900,
                       const css::uno::Reference<css::ui::XSidebar>& sidebar = {});
    ~SidebarPanelDriver();
    SidebarPanelDriver(const SidebarPanelDriver&) = delete;
    SidebarPanelDriver& operator=(const SidebarPanelDriver&) = delete;

    /// The UI element the factory made.
    css::uno::Reference<css::ui::XUIElement> element() const { return _element; }
    /// XSidebarPanel::getHeightForWidth and getMinimalWidth of the element's real interface.
    css::ui::LayoutSize heightForWidth(int width) const;
    int minimalWidth() const;
    /// Resizes the parent window, as the sidebar does when it is resized.
    void resize(int width, int height);
    /// The panel's own window (XToolPanel::getWindow).
    css::uno::Reference<css::awt::XWindow> panelWindow() const;

    /// Every accessible object below the panel's window, depth first (list lines included).
    std::vector<Node> nodes() const;
    /// The names of the objects of a role, in order.
    std::vector<std::string> names(sal_Int16 role) const;
    /// The text of the label that follows the label named caption (a count's number).
    /// Empty when there is no such label.
    std::string textAfter(const std::string& caption) const;
    /// The status line: the first label after the last push button.
    std::string status() const;
    /// The lines of the problem list.
    std::vector<std::string> problemLines() const;
    /// The entries of the index-th drop-down chooser (0 period, 1 department) and the
    /// entry shown as chosen.
    std::vector<std::string> chooserEntries(int index) const;
    std::string chosenEntry(int index) const;
    /// The text under the problem list.
    std::string detail() const;
    /// The problem list's tooltip (XAccessibleExtendedComponent::getToolTipText: the
    /// control's HelpText, what hovering over it shows).
    std::string problemsTip() const;
    /// Where the status line is (relative to the panel window).
    css::awt::Rectangle statusBounds() const;
    /// Where the push button named label is (relative to the panel window).
    css::awt::Rectangle buttonBounds(const std::string& label) const;

    /// Presses the push button named label by its accessible action, as a screen reader
    /// (or a click) does. Fails the test when there is no such button.
    void press(const std::string& label);
    /// Selects line index of the problem list (XAccessibleSelection).
    void chooseProblem(int index);
    /// Selects entry of the index-th chooser.
    void choose(int index, int entry);

    /// Polls condition every 50 ms until it holds or timeout passes; returns whether it
    /// held. For what the panel does once the office is idle (refreshes).
    static bool waitUntil(const std::function<bool()>& condition,
                          std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    /// The lists of the panel, in order.
    enum ListIndex { PeriodList = 0, DepartmentList = 1, ProblemList = 2 };
    Node list(int index) const;
    /// The status line's object: the first label after the last push button.
    Node statusNode() const;

    css::uno::Reference<css::awt::XWindow> _parent;
    css::uno::Reference<css::ui::XUIElement> _element;
};

} // namespace concord::integration
