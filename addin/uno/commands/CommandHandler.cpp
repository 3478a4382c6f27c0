#include "CommandHandler.hpp"
#include "uno/text/UnoText.hpp"

#include "Command.hpp"
#include "CommandDispatch.hpp"
#include "uno/Boundary.hpp"
#include "uno/GridConversion.hpp"

#include <cppuhelper/supportsservice.hxx>

namespace concord::uno {

CommandHandler::CommandHandler(css::uno::Reference<css::uno::XComponentContext> context)
    : _context(std::move(context)) {}

rtl::OUString CommandHandler::implementationName() {
    return "org.concord.CommandHandlerImpl";
}

css::uno::Sequence<rtl::OUString> CommandHandler::serviceNames() {
    const rtl::OUString names[] = {"com.sun.star.frame.ProtocolHandler"};
    return css::uno::Sequence<rtl::OUString>(names, 1);
}

void CommandHandler::initialize(const css::uno::Sequence<css::uno::Any>& arguments) {
    if (arguments.hasElements())
        arguments[0] >>= _frame;
}

css::uno::Reference<css::frame::XDispatch>
CommandHandler::queryDispatch(const css::util::URL& url, const rtl::OUString&, sal_Int32) {
    return Boundary::guardedRuntime([&]() -> css::uno::Reference<css::frame::XDispatch> {
        const Command* command = Command::find(toUtf8(url.Complete));
        if (command == nullptr)
            return {};
        return new CommandDispatch(_context, _frame, *command);
    });
}

css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> CommandHandler::queryDispatches(
    const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) {
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches.getArray()[i] =
            queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

rtl::OUString CommandHandler::getImplementationName() {
    return implementationName();
}

sal_Bool CommandHandler::supportsService(const rtl::OUString& serviceName) {
    return cppu::supportsService(this, serviceName);
}

css::uno::Sequence<rtl::OUString> CommandHandler::getSupportedServiceNames() {
    return serviceNames();
}

} // namespace concord::uno
