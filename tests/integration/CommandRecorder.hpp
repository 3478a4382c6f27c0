#pragma once

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProviderInterceptor.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <cppuhelper/implbase2.hxx>

#include <mutex>
#include <string>
#include <vector>

namespace concord::integration {

/// Stands between a frame and its dispatch providers (XDispatchProviderInterception, the
/// office's own way to intercept commands) and keeps the vnd.concord: commands for itself:
/// it records each one dispatched to the frame instead of running it, and passes every other
/// URL on. For what must not run headless (a file picker cannot be answered). The office
/// calls it over the bridge, from its UI thread.
class CommandRecorder : public cppu::WeakImplHelper2<css::frame::XDispatchProviderInterceptor,
                                                     css::frame::XDispatch> {
public:
    /// Registers itself on frame; stop() (or the frame's end) takes it off.
    void start(const css::uno::Reference<css::frame::XFrame>& frame);
    /// Takes itself off the frame. Never throws.
    void stop() noexcept;

    /// The vnd.concord: commands dispatched so far, in order: each its complete URL, then
    /// " Name" for each dispatch argument ("vnd.concord:ExportPdf URL").
    std::vector<std::string> dispatched() const;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;
    // XDispatchProviderInterceptor
    css::uno::Reference<css::frame::XDispatchProvider> SAL_CALL getSlaveDispatchProvider() override;
    void SAL_CALL setSlaveDispatchProvider(
        const css::uno::Reference<css::frame::XDispatchProvider>& provider) override;
    css::uno::Reference<css::frame::XDispatchProvider>
        SAL_CALL getMasterDispatchProvider() override;
    void SAL_CALL setMasterDispatchProvider(
        const css::uno::Reference<css::frame::XDispatchProvider>& provider) override;
    // XDispatch: records the URL and the arguments' names.
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

private:
    mutable std::mutex _mutex;
    css::uno::Reference<css::frame::XFrame> _frame;
    css::uno::Reference<css::frame::XDispatchProvider> _slave;
    css::uno::Reference<css::frame::XDispatchProvider> _master;
    std::vector<std::string> _dispatched;
};

} // namespace concord::integration
