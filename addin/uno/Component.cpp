// The shared library's entry point: LibreOffice asks it for the factory of each
// implementation listed in concord.components.
#include "FunctionsService.hpp"
#include "commands/CommandHandler.hpp"
#include "generator/GeneratorService.hpp"
#include "sidebar/SidebarFactory.hpp"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>

namespace {

css::uno::Reference<css::uno::XInterface>
    SAL_CALL createFunctions(const css::uno::Reference<css::uno::XComponentContext>&) {
    return static_cast<cppu::OWeakObject*>(new concord::uno::FunctionsService());
}

rtl::OUString SAL_CALL functionsImplementationName() {
    return concord::uno::FunctionsService::implementationName();
}

css::uno::Sequence<rtl::OUString> SAL_CALL functionsServiceNames() {
    return concord::uno::FunctionsService::serviceNames();
}

css::uno::Reference<css::uno::XInterface>
    SAL_CALL createGenerator(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new concord::uno::GeneratorService(context));
}

rtl::OUString SAL_CALL generatorImplementationName() {
    return concord::uno::GeneratorService::implementationName();
}

css::uno::Sequence<rtl::OUString> SAL_CALL generatorServiceNames() {
    return concord::uno::GeneratorService::serviceNames();
}

css::uno::Reference<css::uno::XInterface>
    SAL_CALL createSidebarFactory(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new concord::uno::SidebarFactory(context));
}

rtl::OUString SAL_CALL sidebarFactoryImplementationName() {
    return concord::uno::SidebarFactory::implementationName();
}

css::uno::Sequence<rtl::OUString> SAL_CALL sidebarFactoryServiceNames() {
    return concord::uno::SidebarFactory::serviceNames();
}

css::uno::Reference<css::uno::XInterface>
    SAL_CALL createCommandHandler(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new concord::uno::CommandHandler(context));
}

rtl::OUString SAL_CALL commandHandlerImplementationName() {
    return concord::uno::CommandHandler::implementationName();
}

css::uno::Sequence<rtl::OUString> SAL_CALL commandHandlerServiceNames() {
    return concord::uno::CommandHandler::serviceNames();
}

const cppu::ImplementationEntry entries[] = {
    {createFunctions, functionsImplementationName, functionsServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createGenerator, generatorImplementationName, generatorServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createSidebarFactory, sidebarFactoryImplementationName, sidebarFactoryServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {createCommandHandler, commandHandlerImplementationName, commandHandlerServiceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void*
component_getFactory(const char* implementationName, void* serviceManager, void* registryKey) {
    return cppu::component_getFactoryHelper(implementationName, serviceManager, registryKey,
                                            entries);
}
