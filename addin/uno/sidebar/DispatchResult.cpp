#include "DispatchResult.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/util/URLTransformer.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

std::optional<css::frame::DispatchResultEvent>
DispatchResult::run(const Reference<css::uno::XComponentContext>& context,
                    const Reference<css::frame::XFrame>& frame, const std::string& command,
                    const std::vector<css::beans::PropertyValue>& arguments) {
    css::util::URL url;
    url.Complete = fromUtf8(command);
    css::util::URLTransformer::create(context)->parseStrict(url);
    const auto dispatch = Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY_THROW)
                              ->queryDispatch(url, "_self", 0);
    if (!dispatch.is())
        return std::nullopt;
    const css::uno::Sequence<css::beans::PropertyValue> sequence(
        arguments.data(), static_cast<sal_Int32>(arguments.size()));
    const Reference<css::frame::XNotifyingDispatch> notifying(dispatch, UNO_QUERY);
    if (!notifying.is()) {
        dispatch->dispatch(url, sequence);
        return std::nullopt;
    }
    const rtl::Reference<DispatchResult> listener(new DispatchResult);
    notifying->dispatchWithNotification(url, sequence, listener.get());
    return listener->_event;
}

void DispatchResult::dispatchFinished(const css::frame::DispatchResultEvent& event) {
    _event = event;
}

} // namespace concord::uno
