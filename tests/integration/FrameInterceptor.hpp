#pragma once

#include <com/sun/star/frame/XDispatchProviderInterception.hpp>
#include <com/sun/star/frame/XDispatchProviderInterceptor.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <cppuhelper/implbase2.hxx>

#include <mutex>

namespace concord::integration {

/// What every test interceptor of a frame's commands shares (XDispatchProviderInterception,
/// the office's own way to intercept commands): registering on a frame and leaving it, the
/// chain of slave and master providers, and passing on every URL it does not claim. A
/// subclass says which URLs it claims and is their Dispatch (XDispatch or
/// XNotifyingDispatch). The office calls it over the bridge, from its UI thread.
template <class Dispatch>
class FrameInterceptor
    : public cppu::WeakImplHelper2<css::frame::XDispatchProviderInterceptor, Dispatch> {
public:
    /// Registers itself on frame; stop() (or the frame's end) takes it off.
    void start(const css::uno::Reference<css::frame::XFrame>& frame) {
        _frame = frame;
        css::uno::Reference<css::frame::XDispatchProviderInterception>(frame,
                                                                       css::uno::UNO_QUERY_THROW)
            ->registerDispatchProviderInterceptor(this);
    }
    /// Takes itself off the frame. Never throws.
    void stop() noexcept {
        try {
            if (_frame.is())
                css::uno::Reference<css::frame::XDispatchProviderInterception>(
                    _frame, css::uno::UNO_QUERY_THROW)
                    ->releaseDispatchProviderInterceptor(this);
        } catch (...) {
            // the frame is gone, and its interceptors with it
        }
        _frame.clear();
    }

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override {
        if (claims(url))
            return this;
        const auto next = getSlaveDispatchProvider();
        return next.is() ? next->queryDispatch(url, target, flags)
                         : css::uno::Reference<css::frame::XDispatch>();
    }
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override {
        css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> dispatches(
            requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            dispatches.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                                     requests[i].SearchFlags);
        return dispatches;
    }
    // XDispatchProviderInterceptor
    css::uno::Reference<css::frame::XDispatchProvider>
        SAL_CALL getSlaveDispatchProvider() override {
        std::lock_guard<std::mutex> lock(_chain);
        return _slave;
    }
    void SAL_CALL setSlaveDispatchProvider(
        const css::uno::Reference<css::frame::XDispatchProvider>& provider) override {
        std::lock_guard<std::mutex> lock(_chain);
        _slave = provider;
    }
    css::uno::Reference<css::frame::XDispatchProvider>
        SAL_CALL getMasterDispatchProvider() override {
        std::lock_guard<std::mutex> lock(_chain);
        return _master;
    }
    void SAL_CALL setMasterDispatchProvider(
        const css::uno::Reference<css::frame::XDispatchProvider>& provider) override {
        std::lock_guard<std::mutex> lock(_chain);
        _master = provider;
    }
    // XDispatch: no status to report.
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

protected:
    /// Whether url is dispatched to this interceptor rather than passed on.
    virtual bool claims(const css::util::URL& url) const = 0;

private:
    mutable std::mutex _chain;
    css::uno::Reference<css::frame::XFrame> _frame;
    css::uno::Reference<css::frame::XDispatchProvider> _slave;
    css::uno::Reference<css::frame::XDispatchProvider> _master;
};

} // namespace concord::integration
