#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDispatchProviderInterceptor.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <cppuhelper/implbase2.hxx>

#include <mutex>
#include <string>
#include <vector>

namespace concord::integration {

/// Stands between a frame and its dispatch providers, like CommandRecorder, and answers for
/// the user what a command would ask with a picker: a dispatch of url gets the arguments
/// given here added and then runs as usual (the frame's own dispatch, with the caller's
/// result listener). Every other URL passes on untouched. For the panel buttons whose
/// command opens a picker headless Calc cannot answer.
class CommandAnswerer : public cppu::WeakImplHelper2<css::frame::XDispatchProviderInterceptor,
                                                     css::frame::XNotifyingDispatch> {
public:
    CommandAnswerer(std::string url, std::vector<css::beans::PropertyValue> answers);

    /// Registers itself on frame; stop() takes it off.
    void start(const css::uno::Reference<css::frame::XFrame>& frame);
    /// Takes itself off the frame. Never throws.
    void stop() noexcept;
    /// How many times url was dispatched through it.
    int answered() const;

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
    // XNotifyingDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

private:
    css::uno::Reference<css::frame::XNotifyingDispatch> target(const css::util::URL& url);
    css::uno::Sequence<css::beans::PropertyValue>
    withAnswers(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const;

    const std::string _url;
    const std::vector<css::beans::PropertyValue> _answers;
    mutable std::mutex _mutex;
    css::uno::Reference<css::frame::XFrame> _frame;
    css::uno::Reference<css::frame::XDispatchProvider> _slave;
    css::uno::Reference<css::frame::XDispatchProvider> _master;
    int _answered = 0;
};

} // namespace concord::integration
