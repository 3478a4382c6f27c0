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
    : _frame(frame), _resourceUrl(std::move(resourceUrl)),
      _controller(std::make_shared<PanelController>(context, frame, parent, sidebar)),
      _events(new PanelEvents(context, _controller)) {
    _controller->start(_events);
}

SidebarPanel::~SidebarPanel() {
    if (_events.is())
        _events->detach();
    if (_controller)
        _controller->dispose();
}

std::shared_ptr<PanelController> SidebarPanel::controller() const {
    std::lock_guard<std::mutex> lock(_mutex);
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

void SidebarPanel::dispose() {
    std::shared_ptr<PanelController> controller;
    rtl::Reference<PanelEvents> events;
    std::vector<css::uno::Reference<css::lang::XEventListener>> listeners;
    {
        std::lock_guard<std::mutex> lock(_mutex);
        controller.swap(_controller);
        events = _events;
        _events.clear();
        listeners.swap(_listeners);
    }
    if (events.is())
        events->detach();
    if (controller)
        controller->dispose();
    const css::lang::EventObject event(static_cast<cppu::OWeakObject*>(this));
    for (const auto& listener : listeners) {
        try {
            listener->disposing(event);
        } catch (const css::uno::RuntimeException&) {
            // a listener that is gone cannot be told
        }
    }
}

void SidebarPanel::addEventListener(
    const css::uno::Reference<css::lang::XEventListener>& listener) {
    std::lock_guard<std::mutex> lock(_mutex);
    if (listener.is())
        _listeners.push_back(listener);
}

void SidebarPanel::removeEventListener(
    const css::uno::Reference<css::lang::XEventListener>& listener) {
    std::lock_guard<std::mutex> lock(_mutex);
    for (auto it = _listeners.begin(); it != _listeners.end(); ++it)
        if (*it == listener) {
            _listeners.erase(it);
            return;
        }
}

} // namespace concord::uno
