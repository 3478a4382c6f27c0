#include "CommandAnswerer.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/frame/XDispatchProviderInterception.hpp>

namespace concord::integration {

CommandAnswerer::CommandAnswerer(std::string url, std::vector<css::beans::PropertyValue> answers)
    : _url(std::move(url)), _answers(std::move(answers)) {}

void CommandAnswerer::start(const css::uno::Reference<css::frame::XFrame>& frame) {
    _frame = frame;
    css::uno::Reference<css::frame::XDispatchProviderInterception>(frame, css::uno::UNO_QUERY_THROW)
        ->registerDispatchProviderInterceptor(this);
}

void CommandAnswerer::stop() noexcept {
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

int CommandAnswerer::answered() const {
    std::lock_guard<std::mutex> lock(_mutex);
    return _answered;
}

css::uno::Reference<css::frame::XDispatch>
CommandAnswerer::queryDispatch(const css::util::URL& url, const rtl::OUString& target,
                               sal_Int32 flags) {
    if (::concord::uno::toUtf8(url.Complete) == _url)
        return this;
    std::lock_guard<std::mutex> lock(_mutex);
    return _slave.is() ? _slave->queryDispatch(url, target, flags)
                       : css::uno::Reference<css::frame::XDispatch>();
}

css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> CommandAnswerer::queryDispatches(
    const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) {
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches.getArray()[i] =
            queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

css::uno::Reference<css::frame::XDispatchProvider> CommandAnswerer::getSlaveDispatchProvider() {
    std::lock_guard<std::mutex> lock(_mutex);
    return _slave;
}

void CommandAnswerer::setSlaveDispatchProvider(
    const css::uno::Reference<css::frame::XDispatchProvider>& provider) {
    std::lock_guard<std::mutex> lock(_mutex);
    _slave = provider;
}

css::uno::Reference<css::frame::XDispatchProvider> CommandAnswerer::getMasterDispatchProvider() {
    std::lock_guard<std::mutex> lock(_mutex);
    return _master;
}

void CommandAnswerer::setMasterDispatchProvider(
    const css::uno::Reference<css::frame::XDispatchProvider>& provider) {
    std::lock_guard<std::mutex> lock(_mutex);
    _master = provider;
}

css::uno::Reference<css::frame::XNotifyingDispatch>
CommandAnswerer::target(const css::util::URL& url) {
    css::uno::Reference<css::frame::XDispatchProvider> slave;
    {
        std::lock_guard<std::mutex> lock(_mutex);
        slave = _slave;
        ++_answered;
    }
    return css::uno::Reference<css::frame::XNotifyingDispatch>(
        slave.is() ? slave->queryDispatch(url, "_self", 0) : nullptr, css::uno::UNO_QUERY);
}

css::uno::Sequence<css::beans::PropertyValue>
CommandAnswerer::withAnswers(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const {
    std::vector<css::beans::PropertyValue> all(arguments.begin(), arguments.end());
    all.insert(all.end(), _answers.begin(), _answers.end());
    return css::uno::Sequence<css::beans::PropertyValue>(all.data(),
                                                         static_cast<sal_Int32>(all.size()));
}

void CommandAnswerer::dispatch(const css::util::URL& url,
                               const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    if (const auto dispatch = target(url); dispatch.is())
        dispatch->dispatch(url, withAnswers(arguments));
}

void CommandAnswerer::dispatchWithNotification(
    const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
    const css::uno::Reference<css::frame::XDispatchResultListener>& listener) {
    if (const auto dispatch = target(url); dispatch.is())
        dispatch->dispatchWithNotification(url, withAnswers(arguments), listener);
}

} // namespace concord::integration
