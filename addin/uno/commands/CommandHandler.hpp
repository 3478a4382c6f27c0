#pragma once

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>

namespace concord::uno {

/// The protocol handler of the vnd.concord: URLs (implementation
/// org.concord.CommandHandlerImpl, service com.sun.star.frame.ProtocolHandler, registered
/// for "vnd.concord:*" in ProtocolHandler.xcu). The office makes one per frame and passes
/// the frame to initialize; queryDispatch gives a CommandDispatch for each URL that
/// Command::find knows, nothing for others.
class CommandHandler
    : public cppu::WeakImplHelper3<css::frame::XDispatchProvider, css::lang::XInitialization,
                                   css::lang::XServiceInfo> {
public:
    explicit CommandHandler(css::uno::Reference<css::uno::XComponentContext> context);

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();

    // XInitialization: arguments[0] is the frame (absent when made outside a frame).
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& serviceName) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> _context;
    css::uno::Reference<css::frame::XFrame> _frame;
};

} // namespace concord::uno
