#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/concord/XGenerator.hpp>

namespace concord::uno {

/// The service org.concord.Generator (implementation org.concord.GeneratorImpl): checks
/// the arguments of XGenerator::build, runs a Generation and converts its outcome to a
/// GenerationResult. Every C++ exception stops here: a rejected argument or workbook
/// becomes IllegalArgumentException (ArgumentPosition says which argument: 0 the
/// document, 1 period, 2 language, 3 what), anything else RuntimeException, each with a
/// one-line message.
class GeneratorService
    : public cppu::WeakImplHelper2<org::concord::XGenerator, css::lang::XServiceInfo> {
public:
    /// context is the office's component context (for the scratch documents).
    explicit GeneratorService(css::uno::Reference<css::uno::XComponentContext> context);

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();

    // XGenerator
    org::concord::GenerationResult SAL_CALL
    build(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
          const rtl::OUString& period, const rtl::OUString& language,
          const rtl::OUString& what) override;
    css::uno::Sequence<rtl::OUString>
        SAL_CALL exportPdf(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                           const rtl::OUString& url, sal_Bool everySheet) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& serviceName) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> _context;
};

} // namespace concord::uno
