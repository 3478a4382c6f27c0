#include "CommandRecorder.hpp"
#include "uno/text/UnoText.hpp"

namespace concord::integration {

std::vector<std::string> CommandRecorder::dispatched() const {
    std::lock_guard<std::mutex> lock(_mutex);
    return _dispatched;
}

bool CommandRecorder::claims(const css::util::URL& url) const {
    return url.Complete.startsWith("vnd.concord:");
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
