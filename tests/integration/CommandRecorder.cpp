#include "CommandRecorder.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/frame/XDispatchProviderInterception.hpp>

namespace concord::integration {

namespace {

const char scheme[] = "vnd.concord:";

} // namespace

void CommandRecorder::start(const css::uno::Reference<css::frame::XFrame>& frame) {
    _frame = frame;
    css::uno::Reference<css::frame::XDispatchProviderInterception>(frame, css::uno::UNO_QUERY_THROW)
        ->registerDispatchProviderInterceptor(this);
}

void CommandRecorder::stop() noexcept {
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

std::vector<std::string> CommandRecorder::dispatched() const {
    std::lock_guard<std::mutex> lock(_mutex);
    return _dispatched;
}

css::uno::Reference<css::frame::XDispatch>
CommandRecorder::queryDispatch(const css::util::URL& url, const rtl::OUString& target,
                               sal_Int32 flags) {
    if (url.Complete.startsWith(scheme))
        return this;
    std::lock_guard<std::mutex> lock(_mutex);
    return _slave.is() ? _slave->queryDispatch(url, target, flags)
                       : css::uno::Reference<css::frame::XDispatch>();
}

css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> CommandRecorder::queryDispatches(
    const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) {
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches.getArray()[i] =
            queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

css::uno::Reference<css::frame::XDispatchProvider> CommandRecorder::getSlaveDispatchProvider() {
    std::lock_guard<std::mutex> lock(_mutex);
    return _slave;
}

void CommandRecorder::setSlaveDispatchProvider(
    const css::uno::Reference<css::frame::XDispatchProvider>& provider) {
    std::lock_guard<std::mutex> lock(_mutex);
    _slave = provider;
}

css::uno::Reference<css::frame::XDispatchProvider> CommandRecorder::getMasterDispatchProvider() {
    std::lock_guard<std::mutex> lock(_mutex);
    return _master;
}

void CommandRecorder::setMasterDispatchProvider(
    const css::uno::Reference<css::frame::XDispatchProvider>& provider) {
    std::lock_guard<std::mutex> lock(_mutex);
    _master = provider;
}

void CommandRecorder::dispatch(const css::util::URL& url,
                               const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    std::string record = ::concord::uno::toUtf8(url.Complete);
    for (const css::beans::PropertyValue& argument : arguments)
        record += " " + ::concord::uno::toUtf8(argument.Name);
    std::lock_guard<std::mutex> lock(_mutex);
    _dispatched.push_back(record);
}

} // namespace concord::integration
