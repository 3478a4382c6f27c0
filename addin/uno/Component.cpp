// The shared library's entry point: LibreOffice asks it for the factory of each
// implementation listed in concord.components.
#include "FunctionsService.hpp"
#include "commands/CommandHandler.hpp"
#include "generator/GeneratorService.hpp"
#include "share/SharingService.hpp"
#include "sidebar/SidebarFactory.hpp"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>

#include <type_traits>

namespace {

using css::uno::Reference;
using css::uno::XComponentContext;

/// The three functions LibreOffice calls for one implementation: a new instance (given the
/// component context when the class takes one), its implementation name and its services.
template <typename Service> struct Factory {
    static Reference<css::uno::XInterface>
        SAL_CALL create(const Reference<XComponentContext>& context) {
        if constexpr (std::is_constructible_v<Service, Reference<XComponentContext>>)
            return static_cast<cppu::OWeakObject*>(new Service(context));
        else
            return static_cast<cppu::OWeakObject*>(new Service());
    }
    static rtl::OUString SAL_CALL implementationName() { return Service::implementationName(); }
    static css::uno::Sequence<rtl::OUString> SAL_CALL serviceNames() {
        return Service::serviceNames();
    }
};

template <typename Service> cppu::ImplementationEntry entry() {
    return {Factory<Service>::create,
            Factory<Service>::implementationName,
            Factory<Service>::serviceNames,
            cppu::createSingleComponentFactory,
            nullptr,
            0};
}

const cppu::ImplementationEntry entries[] = {
    entry<concord::uno::FunctionsService>(), entry<concord::uno::GeneratorService>(),
    entry<concord::uno::SharingService>(),   entry<concord::uno::SidebarFactory>(),
    entry<concord::uno::CommandHandler>(),   {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void*
component_getFactory(const char* implementationName, void* serviceManager, void* registryKey) {
    return cppu::component_getFactoryHelper(implementationName, serviceManager, registryKey,
                                            entries);
}
