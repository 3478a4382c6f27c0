#include "PanelEvents.hpp"
#include "uno/text/UnoText.hpp"

#include "PanelController.hpp"
#include "PanelView.hpp"
#include "uno/Boundary.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/frame/FrameAction.hpp>

namespace concord::uno {

PanelEvents::PanelEvents(css::uno::Reference<css::uno::XComponentContext> context,
                         std::weak_ptr<PanelController> controller)
    : _context(std::move(context)), _controller(std::move(controller)) {}

void PanelEvents::detach() noexcept {
    std::lock_guard<std::mutex> lock(_mutex);
    _controller.reset();
}

template <class Action> void PanelEvents::forward(Action action) {
    std::shared_ptr<PanelController> controller;
    {
        std::lock_guard<std::mutex> lock(_mutex);
        controller = _controller.lock();
    }
    if (!controller)
        return;
    try {
        action(*controller);
    } catch (...) {
        controller->fail(Boundary::currentMessage());
    }
}

void PanelEvents::actionPerformed(const css::awt::ActionEvent& event) {
    const std::string what = toUtf8(event.ActionCommand);
    if (what == PanelView::exportPdfAction)
        forward([](PanelController& controller) { controller.exportPdf(); });
    else if (what == PanelView::handOutAction)
        forward([](PanelController& controller) { controller.handOut(); });
    else if (what == PanelView::collectAction)
        forward([](PanelController& controller) { controller.collect(); });
    else if (what == PanelView::checkInputAction)
        forward([](PanelController& controller) { controller.checkInput(); });
    else
        forward([&](PanelController& controller) { controller.build(what); });
}

void PanelEvents::itemStateChanged(const css::awt::ItemEvent& event) {
    forward([&](PanelController& controller) { controller.goToProblem(event.Selected); });
}

void PanelEvents::windowResized(const css::awt::WindowEvent&) {
    forward([](PanelController& controller) { controller.resized(); });
}

void PanelEvents::windowMoved(const css::awt::WindowEvent&) {}

void PanelEvents::windowShown(const css::lang::EventObject&) {
    forward([](PanelController& controller) { controller.resized(); });
}

void PanelEvents::windowHidden(const css::lang::EventObject&) {}

void PanelEvents::modified(const css::lang::EventObject&) {
    forward([](PanelController& controller) { controller.changed(); });
}

void PanelEvents::activeSpreadsheetChanged(const css::sheet::ActivationEvent&) {
    forward([](PanelController& controller) { controller.changed(); });
}

void PanelEvents::frameAction(const css::frame::FrameActionEvent& event) {
    if (event.Action == css::frame::FrameAction_COMPONENT_ATTACHED ||
        event.Action == css::frame::FrameAction_COMPONENT_REATTACHED ||
        event.Action == css::frame::FrameAction_COMPONENT_DETACHING)
        forward([](PanelController& controller) { controller.frameChanged(); });
}

void PanelEvents::notify(const css::uno::Any&) {
    forward([](PanelController& controller) { controller.summaryReady(); });
}

void PanelEvents::disposing(const css::lang::EventObject& event) {
    std::shared_ptr<PanelController> controller;
    {
        std::lock_guard<std::mutex> lock(_mutex);
        controller = _controller.lock();
    }
    if (controller)
        controller->gone(event.Source);
}

} // namespace concord::uno
