#pragma once

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

#include <rtl/ref.hxx>

#include <memory>
#include <mutex>
#include <vector>

namespace concord::uno {

class PanelController;
class PanelEvents;

/// The Concord panel as the sidebar sees it: the UI element
/// (private:resource/toolpanel/ConcordFactory/Main) that is also its own real interface,
/// a tool panel (window, accessible object) and a sidebar panel (height for a width). It
/// only forwards: a PanelController does the work. Every C++ exception stops here.
class SidebarPanel : public cppu::WeakImplHelper4<css::ui::XUIElement, css::ui::XToolPanel,
                                                  css::ui::XSidebarPanel, css::lang::XComponent> {
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

    // XComponent: dispose() takes the listeners off and the controls down.
    void SAL_CALL dispose() override;
    void SAL_CALL
    addEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;
    void SAL_CALL
    removeEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;

private:
    std::shared_ptr<PanelController> controller() const;

    css::uno::Reference<css::frame::XFrame> _frame;
    rtl::OUString _resourceUrl;
    mutable std::mutex _mutex;
    std::shared_ptr<PanelController> _controller;
    rtl::Reference<PanelEvents> _events;
    std::vector<css::uno::Reference<css::lang::XEventListener>> _listeners;
};

} // namespace concord::uno
