#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace concord::uno {

/// The factory of the Concord sidebar panel (implementation org.concord.SidebarFactoryImpl,
/// service org.concord.SidebarFactory), registered in Factories.xcu as the toolpanel
/// factory "ConcordFactory": Sidebar.xcu's panel asks it for
/// private:resource/toolpanel/ConcordFactory/Main.
class SidebarFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    explicit SidebarFactory(css::uno::Reference<css::uno::XComponentContext> context);

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();

    /// Makes a SidebarPanel. arguments: Frame (XFrame, required), ParentWindow (XWindow,
    /// required), Sidebar (XSidebar, optional). Throws IllegalArgumentException for an
    /// unknown URL or a missing argument, NoSuchElementException never, RuntimeException
    /// when the panel cannot be made (the message says why).
    css::uno::Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const rtl::OUString& resourceUrl,
                    const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& serviceName) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> _context;
};

} // namespace concord::uno
