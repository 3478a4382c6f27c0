// A trivial Calc add-in for the benchmark: the cost of an add-in call with four `any`
// arguments and an `any` result (echo), or two number ranges and a number range result
// (echoNumbers), and nothing else.
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/concord/bench/XEcho.hpp>

using css::uno::Any;
using rtl::OUString;
using Numbers = css::uno::Sequence<css::uno::Sequence<double>>;

namespace {

class EchoService : public cppu::WeakImplHelper4<org::concord::bench::XEcho, css::sheet::XAddIn,
                                                 css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    Any SAL_CALL echo(const Any& actual, const Any&, const Any&, const Any&) override {
        return actual;
    }
    Numbers SAL_CALL echoNumbers(const Numbers& actual, const Numbers&) override { return actual; }
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& name) override {
        if (name.equalsIgnoreAsciiCase("BENCH.ECHO"))
            return "echo";
        return name.equalsIgnoreAsciiCase("BENCH.ECHONUMBERS") ? OUString("echoNumbers")
                                                               : OUString();
    }
    OUString SAL_CALL getDisplayFunctionName(const OUString& name) override {
        return name == "echoNumbers" ? OUString("BENCH.ECHONUMBERS") : OUString("BENCH.ECHO");
    }
    OUString SAL_CALL getFunctionDescription(const OUString&) override {
        return "Returns its first argument (benchmark only).";
    }
    OUString SAL_CALL getDisplayArgumentName(const OUString&, sal_Int32 index) override {
        return "arg" + OUString::number(index + 1);
    }
    OUString SAL_CALL getArgumentDescription(const OUString&, sal_Int32) override {
        return "any value";
    }
    OUString SAL_CALL getProgrammaticCategoryName(const OUString&) override { return "Add-In"; }
    OUString SAL_CALL getDisplayCategoryName(const OUString&) override { return "Add-In"; }
    void SAL_CALL setLocale(const css::lang::Locale& locale) override { _locale = locale; }
    css::lang::Locale SAL_CALL getLocale() override { return _locale; }
    OUString SAL_CALL getServiceName() override { return "org.concord.bench.Echo"; }
    OUString SAL_CALL getImplementationName() override { return "org.concord.bench.EchoImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString names[] = {"com.sun.star.sheet.AddIn", "org.concord.bench.Echo"};
        return css::uno::Sequence<OUString>(names, 2);
    }

private:
    css::lang::Locale _locale;
};

css::uno::Reference<css::uno::XInterface>
    SAL_CALL create(const css::uno::Reference<css::uno::XComponentContext>&) {
    return static_cast<cppu::OWeakObject*>(new EchoService());
}
OUString SAL_CALL implementationName() {
    return "org.concord.bench.EchoImpl";
}
css::uno::Sequence<OUString> SAL_CALL serviceNames() {
    const OUString names[] = {"com.sun.star.sheet.AddIn", "org.concord.bench.Echo"};
    return css::uno::Sequence<OUString>(names, 2);
}

const cppu::ImplementationEntry entries[] = {
    {create, implementationName, serviceNames, cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* component_getFactory(const char* name, void* manager,
                                                           void* key) {
    return cppu::component_getFactoryHelper(name, manager, key, entries);
}
