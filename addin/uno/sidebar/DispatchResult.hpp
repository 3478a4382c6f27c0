#pragma once

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>

namespace concord::uno {

/// A command the panel runs through its frame's dispatch (as the menu does, so the same
/// path runs and an interceptor on the frame sees it) and whose result it reads: the
/// DispatchResultEvent the command reports through XNotifyingDispatch.
class DispatchResult : public cppu::WeakImplHelper1<css::frame::XDispatchResultListener> {
public:
    /// Dispatches url ("vnd.concord:Collect") with arguments to frame ("_self"); returns the
    /// event the command reported, nullopt when nobody handles the URL or the dispatch
    /// reports nothing (a plain XDispatch). Throws what the dispatch throws.
    static std::optional<css::frame::DispatchResultEvent>
    run(const css::uno::Reference<css::uno::XComponentContext>& context,
        const css::uno::Reference<css::frame::XFrame>& frame, const std::string& url,
        const std::vector<css::beans::PropertyValue>& arguments = {});

    // XDispatchResultListener
    void SAL_CALL dispatchFinished(const css::frame::DispatchResultEvent& event) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::optional<css::frame::DispatchResultEvent> _event;
};

} // namespace concord::uno
