#pragma once

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/sheet/XActivationEventListener.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase7.hxx>

#include <memory>
#include <mutex>

namespace concord::uno {

class PanelController;

/// Every listener of the panel in one UNO object, forwarding each event to its
/// PanelController: button clicks, the choice of a problem line, the parent window's
/// resizing, changes of the document and of the active sheet, and the frame's component
/// changing. A change of the document or of the active sheet is only noted (O(1): an edit
/// returns at once); the controller's SummaryWorker reads the workbook once it is quiet and
/// calls notify (AsyncCallback) when the summary is ready.
/// An event that fails puts its message into the status line; none throws into the office.
class PanelEvents
    : public cppu::WeakImplHelper7<css::awt::XActionListener, css::awt::XItemListener,
                                   css::awt::XWindowListener, css::util::XModifyListener,
                                   css::sheet::XActivationEventListener,
                                   css::frame::XFrameActionListener, css::awt::XCallback> {
public:
    PanelEvents(css::uno::Reference<css::uno::XComponentContext> context,
                std::weak_ptr<PanelController> controller);

    /// Forgets the controller: later events do nothing. Never throws.
    void detach() noexcept;

    // XActionListener: a build button (ActionCommand = the generator's what) or the PDF
    // button (PanelView::exportPdfAction).
    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
    // XItemListener: a problem line was chosen.
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override;
    // XWindowListener: the parent window.
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowShown(const css::lang::EventObject& event) override;
    void SAL_CALL windowHidden(const css::lang::EventObject& event) override;
    // XModifyListener: the document.
    void SAL_CALL modified(const css::lang::EventObject& event) override;
    // XActivationEventListener: the view's active sheet.
    void SAL_CALL activeSpreadsheetChanged(const css::sheet::ActivationEvent& event) override;
    // XFrameActionListener: the frame's component.
    void SAL_CALL frameAction(const css::frame::FrameActionEvent& event) override;
    // XCallback: the SummaryWorker has a summary ready.
    void SAL_CALL notify(const css::uno::Any& data) override;
    // XEventListener: something listened to goes away; the controller forgets it when it is
    // its own document or view (PanelController::gone), and ignores anything else.
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

private:
    template <class Action> void forward(Action action);

    css::uno::Reference<css::uno::XComponentContext> _context;
    std::mutex _mutex;
    std::weak_ptr<PanelController> _controller;
};

} // namespace concord::uno
