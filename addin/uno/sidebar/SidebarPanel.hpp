#pragma once

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase3.hxx>

#include <rtl/ref.hxx>

#include <memory>

namespace concord::uno {

class PanelController;
class PanelEvents;

/// The Concord panel as the sidebar sees it: the UI element
/// (private:resource/toolpanel/ConcordFactory/Main) that is also its own real interface,
/// a tool panel (window, accessible object) and a sidebar panel (height for a width). It
/// only forwards: a PanelController does the work. Every C++ exception stops here.
/// XComponent (dispose, event listeners) comes from cppu::WeakComponentImplHelper3, which
/// also disposes the panel when its last reference goes.
class SidebarPanel : private cppu::BaseMutex,
                     public cppu::WeakComponentImplHelper3<css::ui::XUIElement, css::ui::XToolPanel,
                                                           css::ui::XSidebarPanel> {
public:
    /// Makes the panel's controls in parent for frame's document and starts listening.
    /// Throws css::uno::Exception when the controls cannot be made, core::common::Error when the
    /// extension's data cannot be read.
    SidebarPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame,
                 const css::uno::Reference<css::awt::XWindow>& parent,
                 const css::uno::Reference<css::ui::XSidebar>& sidebar, rtl::OUString resourceUrl);
    ~SidebarPanel() override;

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
    rtl::OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;

    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;

    // XSidebarPanel: sizes in pixels.
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;

private:
    /// Called once by dispose(), after the event listeners were told: takes the panel's
    /// listeners off and the controls down. Never throws.
    void SAL_CALL disposing() override;

    std::shared_ptr<PanelController> controller();

    css::uno::Reference<css::frame::XFrame> _frame;
    rtl::OUString _resourceUrl;
    std::shared_ptr<PanelController> _controller;
    rtl::Reference<PanelEvents> _events;
};

} // namespace concord::uno
