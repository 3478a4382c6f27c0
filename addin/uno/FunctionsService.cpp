#include "FunctionsService.hpp"
#include "uno/text/UnoText.hpp"

#include "Boundary.hpp"
#include "GridConversion.hpp"
#include "Runtime.hpp"
#include "core/common/Error.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/util/Date.hpp>
#include <cppuhelper/supportsservice.hxx>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace concord::uno {

namespace {

/// Every function call passes the one UNO boundary (Err:502 for a bad argument).
template <class Call> auto guarded(Call call) -> decltype(call()) {
    return Boundary::guarded(call);
}

const core::functions::Library& functions() {
    return Runtime::instance().functions();
}

/// The calling document's null date (Calc's date serial 0); 1899-12-30 when unknown.
core::common::CivilDate nullDateOf(const Reference<css::beans::XPropertySet>& caller) {
    css::util::Date date(30, 12, 1899);
    if (caller.is())
        caller->getPropertyValue("NullDate") >>= date;
    return core::common::CivilDate{date.Year, date.Month, date.Day};
}

/// The calling document's language: its default locale for Western text (CharLocale, as
/// the generator reads it), English when unknown. One property read per call, however
/// large the ranges: the document is the same for every position.
core::common::Language languageOf(const Reference<css::beans::XPropertySet>& caller) {
    css::lang::Locale locale;
    if (caller.is())
        caller->getPropertyValue("CharLocale") >>= locale;
    return core::common::languageFromTag(toUtf8(locale.Language));
}

const core::functions::FunctionInfo& functionInfo(const OUString& programmaticName) {
    const core::functions::FunctionInfo* info =
        Runtime::instance().catalogue().byId(toUtf8(programmaticName));
    if (!info)
        throw core::common::Error(core::common::Error::Category::Argument,
                                  "catalogue.unknown_function", "no such Concord function",
                                  toUtf8(programmaticName));
    return *info;
}

/// Calc asks for argument help by the parameter's position in the IDL method, the hidden
/// `caller` included.
const core::functions::ArgumentInfo* argumentInfo(const OUString& programmaticName,
                                                  sal_Int32 position) {
    const core::functions::FunctionInfo& info = functionInfo(programmaticName);
    const sal_Int32 index = position - (info.caller ? 1 : 0);
    if (index < 0 || static_cast<std::size_t>(index) >= info.arguments.size())
        return nullptr;
    return &info.arguments[static_cast<std::size_t>(index)];
}

/// The Function Wizard asks for texts; an unknown name gets an empty text, not an error.
template <class Lookup> auto textOrEmpty(Lookup lookup) -> decltype(lookup()) {
    try {
        return lookup();
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace

OUString FunctionsService::implementationName() {
    return "org.concord.FunctionsImpl";
}

Sequence<OUString> FunctionsService::serviceNames() {
    const OUString names[] = {"com.sun.star.sheet.AddIn", "org.concord.Functions"};
    return css::uno::Sequence<OUString>(names, 2);
}

Any FunctionsService::kpiAttainment(const Any& actual, const Any& target, const Any& baseline,
                                    const Any& direction) {
    return guarded([&] {
        return toCalc(functions().kpiAttainment(toGrid(actual), toGrid(target), toGrid(baseline),
                                                toGrid(direction)));
    });
}

Any FunctionsService::kpiScore(const Any& actual, const Any& target, const Any& baseline,
                               const Any& direction, const Any& floor, const Any& cap) {
    return guarded([&] {
        return toCalc(functions().kpiScore(toGrid(actual), toGrid(target), toGrid(baseline),
                                           toGrid(direction), toGrid(floor), toGrid(cap)));
    });
}

Any FunctionsService::kpiRange(const Any& actual, const Any& low, const Any& high,
                               const Any& tolerance) {
    return guarded([&] {
        return toCalc(
            functions().kpiRange(toGrid(actual), toGrid(low), toGrid(high), toGrid(tolerance)));
    });
}

Any FunctionsService::kpiStatus(const Any& score, const Any& amberFrom, const Any& greenFrom) {
    return guarded([&] {
        return toCalc(functions().kpiStatus(toGrid(score), toGrid(amberFrom), toGrid(greenFrom)));
    });
}

Any FunctionsService::kpiWeighted(const Any& scores, const Any& weights) {
    return guarded([&] { return Any(functions().kpiWeighted(toGrid(scores), toGrid(weights))); });
}

Any FunctionsService::kpiPace(const Reference<css::beans::XPropertySet>& caller, const Any& actual,
                              const Any& target, const Any& start, const Any& deadline,
                              const Any& today, const Any& baseline) {
    return guarded([&] {
        return toCalc(functions().kpiPace(nullDateOf(caller), toGrid(actual), toGrid(target),
                                          toGrid(start), toGrid(deadline), toGrid(today),
                                          toGrid(baseline)));
    });
}

Any FunctionsService::kpiForecast(const Any& values, const Any& dates, const Any& deadline) {
    return guarded([&] {
        return Any(functions().kpiForecast(toGrid(values), toGrid(dates), toGrid(deadline)));
    });
}

Any FunctionsService::kpiTrend(const Any& values, const Any& dates) {
    return guarded([&] { return Any(functions().kpiTrend(toGrid(values), toGrid(dates))); });
}

Any FunctionsService::kpiAbTest(const Any& conversionsA, const Any& trialsA,
                                const Any& conversionsB, const Any& trialsB) {
    return guarded([&] {
        return toCalc(functions().kpiAbTest(toGrid(conversionsA), toGrid(trialsA),
                                            toGrid(conversionsB), toGrid(trialsB)));
    });
}

Any FunctionsService::smartScore(const Any& goal, const Any& kpi, const Any& target,
                                 const Any& deadline, const Any& owner, const Any& parent) {
    return guarded([&] {
        return toCalc(functions().smartScore(toGrid(goal), toGrid(kpi), toGrid(target),
                                             toGrid(deadline), toGrid(owner), toGrid(parent)));
    });
}

Any FunctionsService::smartMissing(const Any& goal, const Any& kpi, const Any& target,
                                   const Any& deadline, const Any& owner, const Any& parent) {
    return guarded([&] {
        return toCalc(functions().smartMissing(toGrid(goal), toGrid(kpi), toGrid(target),
                                               toGrid(deadline), toGrid(owner), toGrid(parent)));
    });
}

Any FunctionsService::smartHint(const Any& goal, const Any& kpi, const Any& target,
                                const Any& deadline, const Any& owner, const Any& parent) {
    return guarded([&] {
        return toCalc(functions().smartHint(toGrid(goal), toGrid(kpi), toGrid(target),
                                            toGrid(deadline), toGrid(owner), toGrid(parent)));
    });
}

Any FunctionsService::reqStatus(const Reference<css::beans::XPropertySet>& caller, const Any& due,
                                const Any& delivered, const Any& today) {
    return guarded([&] {
        return toCalc(functions().reqStatus(nullDateOf(caller), languageOf(caller), toGrid(due),
                                            toGrid(delivered), toGrid(today)));
    });
}

Any FunctionsService::reqNextDue(const Reference<css::beans::XPropertySet>& caller,
                                 const Any& frequency, const Any& last, const Any& dueDay) {
    return guarded([&] {
        return toCalc(functions().reqNextDue(nullDateOf(caller), toGrid(frequency), toGrid(last),
                                             toGrid(dueDay)));
    });
}

OUString FunctionsService::getProgrammaticFuntionName(const OUString& displayName) {
    return textOrEmpty([&] {
        const core::functions::FunctionInfo* info =
            Runtime::instance().catalogue().byDisplayName(toUtf8(displayName));
        return info ? fromUtf8(info->id) : OUString();
    });
}

OUString FunctionsService::getDisplayFunctionName(const OUString& programmaticName) {
    return textOrEmpty([&] { return fromUtf8(functionInfo(programmaticName).name.in(_language)); });
}

OUString FunctionsService::getFunctionDescription(const OUString& programmaticName) {
    return textOrEmpty(
        [&] { return fromUtf8(functionInfo(programmaticName).description.in(_language)); });
}

OUString FunctionsService::getDisplayArgumentName(const OUString& programmaticName,
                                                  sal_Int32 argument) {
    return textOrEmpty([&] {
        const core::functions::ArgumentInfo* info = argumentInfo(programmaticName, argument);
        return info ? fromUtf8(info->name.in(_language)) : OUString();
    });
}

OUString FunctionsService::getArgumentDescription(const OUString& programmaticName,
                                                  sal_Int32 argument) {
    return textOrEmpty([&] {
        const core::functions::ArgumentInfo* info = argumentInfo(programmaticName, argument);
        return info ? fromUtf8(info->description.in(_language)) : OUString();
    });
}

// 7.4 files extension functions under its fixed "Add-In" category whatever we answer.
OUString FunctionsService::getProgrammaticCategoryName(const OUString&) {
    return "Add-In";
}

OUString FunctionsService::getDisplayCategoryName(const OUString&) {
    return "Add-In";
}

void FunctionsService::setLocale(const css::lang::Locale& locale) {
    _locale = locale;
    _language = core::common::languageFromTag(toUtf8(locale.Language));
}

css::lang::Locale FunctionsService::getLocale() {
    return _locale;
}

Sequence<css::sheet::LocalizedName>
FunctionsService::getCompatibilityNames(const OUString& programmaticName) {
    return textOrEmpty([&] {
        const core::functions::FunctionInfo& info = functionInfo(programmaticName);
        css::sheet::LocalizedName excel(css::lang::Locale("en", "US", ""), fromUtf8(info.excel));
        return Sequence<css::sheet::LocalizedName>(&excel, 1);
    });
}

OUString FunctionsService::getServiceName() {
    return "org.concord.Functions";
}

OUString FunctionsService::getImplementationName() {
    return implementationName();
}

sal_Bool FunctionsService::supportsService(const OUString& serviceName) {
    return cppu::supportsService(this, serviceName);
}

Sequence<OUString> FunctionsService::getSupportedServiceNames() {
    return serviceNames();
}

} // namespace concord::uno
