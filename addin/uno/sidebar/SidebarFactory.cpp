#include "SidebarFactory.hpp"

#include "SidebarPanel.hpp"
#include "uno/Boundary.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

namespace concord::uno {

namespace {

/// The panels this factory makes (Sidebar.xcu, ImplementationURL).
const char panelUrl[] = "private:resource/toolpanel/ConcordFactory/Main";

/// The argument named name, as T; empty when absent.
template <class T>
css::uno::Reference<T> argument(const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                                const char* name) {
    css::uno::Reference<T> value;
    for (const css::beans::PropertyValue& candidate : arguments)
        if (candidate.Name.equalsAscii(name))
            candidate.Value >>= value;
    return value;
}

} // namespace

SidebarFactory::SidebarFactory(css::uno::Reference<css::uno::XComponentContext> context)
    : _context(std::move(context)) {}

rtl::OUString SidebarFactory::implementationName() {
    return "org.concord.SidebarFactoryImpl";
}

css::uno::Sequence<rtl::OUString> SidebarFactory::serviceNames() {
    const rtl::OUString names[] = {"org.concord.SidebarFactory"};
    return css::uno::Sequence<rtl::OUString>(names, 1);
}

css::uno::Reference<css::ui::XUIElement>
SidebarFactory::createUIElement(const rtl::OUString& resourceUrl,
                                const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
    return Boundary::guardedRuntime([&]() -> css::uno::Reference<css::ui::XUIElement> {
        if (!resourceUrl.equalsAscii(panelUrl))
            throw css::lang::IllegalArgumentException("Concord: no such panel: " + resourceUrl,
                                                      static_cast<cppu::OWeakObject*>(this), 0);
        const auto frame = argument<css::frame::XFrame>(arguments, "Frame");
        const auto parent = argument<css::awt::XWindow>(arguments, "ParentWindow");
        if (!frame.is() || !parent.is())
            throw css::lang::IllegalArgumentException(
                "Concord: the panel needs the arguments Frame and ParentWindow",
                static_cast<cppu::OWeakObject*>(this), 1);
        return new SidebarPanel(_context, frame, parent,
                                argument<css::ui::XSidebar>(arguments, "Sidebar"), resourceUrl);
    });
}

rtl::OUString SidebarFactory::getImplementationName() {
    return implementationName();
}

sal_Bool SidebarFactory::supportsService(const rtl::OUString& serviceName) {
    return cppu::supportsService(this, serviceName);
}

css::uno::Sequence<rtl::OUString> SidebarFactory::getSupportedServiceNames() {
    return serviceNames();
}

} // namespace concord::uno
