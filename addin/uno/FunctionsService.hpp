#pragma once

#include "core/common/Language.hpp"

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/sheet/XCompatibilityNames.hpp>
#include <cppuhelper/implbase5.hxx>
#include <org/concord/XFunctions.hpp>

namespace concord::uno {

/// The Calc add-in: the 14 functions of org.concord.XFunctions plus what the Function
/// Wizard asks (XAddIn: display names, descriptions, argument help in the UI language;
/// XCompatibilityNames: Excel names). Every call converts Calc values to core grids, runs
/// core::functions::Library and converts back; every C++ exception stops here and becomes
/// IllegalArgumentException (Calc shows Err:502) or RuntimeException (#VALUE!).
class FunctionsService
    : public cppu::WeakImplHelper5<org::concord::XFunctions, css::sheet::XAddIn,
                                   css::sheet::XCompatibilityNames, css::lang::XServiceName,
                                   css::lang::XServiceInfo> {
public:
    FunctionsService() = default;

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();

    // XFunctions
    css::uno::Any SAL_CALL kpiAttainment(const css::uno::Any& actual, const css::uno::Any& target,
                                         const css::uno::Any& baseline,
                                         const css::uno::Any& direction) override;
    css::uno::Any SAL_CALL kpiScore(const css::uno::Any& actual, const css::uno::Any& target,
                                    const css::uno::Any& baseline, const css::uno::Any& direction,
                                    const css::uno::Any& floor, const css::uno::Any& cap) override;
    css::uno::Any SAL_CALL kpiRange(const css::uno::Any& actual, const css::uno::Any& low,
                                    const css::uno::Any& high,
                                    const css::uno::Any& tolerance) override;
    css::uno::Any SAL_CALL kpiStatus(const css::uno::Any& score, const css::uno::Any& amberFrom,
                                     const css::uno::Any& greenFrom) override;
    css::uno::Any SAL_CALL kpiWeighted(const css::uno::Any& scores,
                                       const css::uno::Any& weights) override;
    css::uno::Any SAL_CALL kpiPace(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                   const css::uno::Any& actual, const css::uno::Any& target,
                                   const css::uno::Any& start, const css::uno::Any& deadline,
                                   const css::uno::Any& today,
                                   const css::uno::Any& baseline) override;
    css::uno::Any SAL_CALL kpiForecast(const css::uno::Any& values, const css::uno::Any& dates,
                                       const css::uno::Any& deadline) override;
    css::uno::Any SAL_CALL kpiTrend(const css::uno::Any& values,
                                    const css::uno::Any& dates) override;
    css::uno::Any SAL_CALL kpiAbTest(const css::uno::Any& conversionsA,
                                     const css::uno::Any& trialsA,
                                     const css::uno::Any& conversionsB,
                                     const css::uno::Any& trialsB) override;
    css::uno::Any SAL_CALL smartScore(const css::uno::Any& goal, const css::uno::Any& kpi,
                                      const css::uno::Any& target, const css::uno::Any& deadline,
                                      const css::uno::Any& owner,
                                      const css::uno::Any& parent) override;
    css::uno::Any SAL_CALL smartMissing(const css::uno::Any& goal, const css::uno::Any& kpi,
                                        const css::uno::Any& target, const css::uno::Any& deadline,
                                        const css::uno::Any& owner,
                                        const css::uno::Any& parent) override;
    css::uno::Any SAL_CALL smartHint(const css::uno::Any& goal, const css::uno::Any& kpi,
                                     const css::uno::Any& target, const css::uno::Any& deadline,
                                     const css::uno::Any& owner,
                                     const css::uno::Any& parent) override;
    css::uno::Any SAL_CALL reqStatus(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                     const css::uno::Any& due, const css::uno::Any& delivered,
                                     const css::uno::Any& today) override;
    css::uno::Any SAL_CALL reqNextDue(const css::uno::Reference<css::beans::XPropertySet>& caller,
                                      const css::uno::Any& frequency, const css::uno::Any& last,
                                      const css::uno::Any& dueDay) override;

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& displayName) override;
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& programmaticName) override;
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& programmaticName) override;
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& programmaticName,
                                                  sal_Int32 argument) override;
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& programmaticName,
                                                  sal_Int32 argument) override;
    rtl::OUString SAL_CALL
    getProgrammaticCategoryName(const rtl::OUString& programmaticName) override;
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& programmaticName) override;

    // XLocalizable (through XAddIn): Calc sets the UI locale before asking for names.
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

    // XCompatibilityNames
    css::uno::Sequence<css::sheet::LocalizedName>
        SAL_CALL getCompatibilityNames(const rtl::OUString& programmaticName) override;

    // XServiceName, XServiceInfo
    rtl::OUString SAL_CALL getServiceName() override;
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& serviceName) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::lang::Locale _locale;
    core::common::Language _language = core::common::Language::En;
};

} // namespace concord::uno
