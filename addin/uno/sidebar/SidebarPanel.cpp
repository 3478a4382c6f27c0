#include "SidebarPanel.hpp"

#include "PanelController.hpp"
#include "PanelEvents.hpp"
#include "uno/Boundary.hpp"

#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

namespace concord::uno {

SidebarPanel::SidebarPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::frame::XFrame>& frame,
                           const css::uno::Reference<css::awt::XWindow>& parent,
                           const css::uno::Reference<css::ui::XSidebar>& sidebar,
                           rtl::OUString resourceUrl)
    : cppu::WeakComponentImplHelper3<css::ui::XUIElement, css::ui::XToolPanel,
                                     css::ui::XSidebarPanel>(m_aMutex),
      _frame(frame), _resourceUrl(std::move(resourceUrl)),
      _controller(std::make_shared<PanelController>(context, frame, parent, sidebar)),
      _events(new PanelEvents(context, _controller)) {
    _controller->start(_events);
}

// The helper disposes the panel when its last reference goes: nothing is left to stop.
SidebarPanel::~SidebarPanel() = default;

std::shared_ptr<PanelController> SidebarPanel::controller() {
    osl::MutexGuard lock(m_aMutex);
    if (!_controller)
        throw css::lang::DisposedException("Concord: the panel is disposed", nullptr);
    return _controller;
}

css::uno::Reference<css::frame::XFrame> SidebarPanel::getFrame() {
    return _frame;
}

rtl::OUString SidebarPanel::getResourceURL() {
    return _resourceUrl;
}

sal_Int16 SidebarPanel::getType() {
    return css::ui::UIElementType::TOOLPANEL;
}

css::uno::Reference<css::uno::XInterface> SidebarPanel::getRealInterface() {
    return static_cast<cppu::OWeakObject*>(this);
}

css::uno::Reference<css::awt::XWindow> SidebarPanel::getWindow() {
    return Boundary::guardedRuntime([&] { return controller()->window(); });
}

css::uno::Reference<css::accessibility::XAccessible>
SidebarPanel::createAccessible(const css::uno::Reference<css::accessibility::XAccessible>&) {
    return Boundary::guardedRuntime([&] { return controller()->accessible(); });
}

css::ui::LayoutSize SidebarPanel::getHeightForWidth(sal_Int32 width) {
    return Boundary::guardedRuntime([&] { return controller()->heightForWidth(width); });
}

sal_Int32 SidebarPanel::getMinimalWidth() {
    return Boundary::guardedRuntime([&] { return controller()->minimalWidth(); });
}

void SidebarPanel::disposing() {
    std::shared_ptr<PanelController> controller;
    rtl::Reference<PanelEvents> events;
    {
        osl::MutexGuard lock(m_aMutex);
        controller.swap(_controller);
        events = _events;
        _events.clear();
    }
    // both never throw
    if (events.is())
        events->detach();
    if (controller)
        controller->dispose();
}

} // namespace concord::uno
