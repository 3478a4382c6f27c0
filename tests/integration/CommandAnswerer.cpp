#include "CommandAnswerer.hpp"

#include "uno/text/UnoText.hpp"

namespace concord::integration {

CommandAnswerer::CommandAnswerer(std::string url, std::vector<css::beans::PropertyValue> answers)
    : _url(std::move(url)), _answers(std::move(answers)) {}

int CommandAnswerer::answered() const {
    std::lock_guard<std::mutex> lock(_mutex);
    return _answered;
}

bool CommandAnswerer::claims(const css::util::URL& url) const {
    return ::concord::uno::toUtf8(url.Complete) == _url;
}

css::uno::Reference<css::frame::XNotifyingDispatch>
CommandAnswerer::target(const css::util::URL& url) {
    const auto slave = getSlaveDispatchProvider();
    {
        std::lock_guard<std::mutex> lock(_mutex);
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
