#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/concord/XSharing.hpp>

namespace concord::uno {

/// The service org.concord.Sharing (implementation org.concord.SharingImpl): hand-out and
/// collect (DESIGN §6). Reads the master in bulk, lets core::share decide (HandOutPlan,
/// HandOutBook, Merge, CollectReport), and applies: HandOutWriter writes the files,
/// CollectRun the merged cells. Every C++ exception stops here (uno/Boundary).
class SharingService
    : public cppu::WeakImplHelper2<org::concord::XSharing, css::lang::XServiceInfo> {
public:
    explicit SharingService(css::uno::Reference<css::uno::XComponentContext> context);

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();

    // XSharing
    css::uno::Sequence<rtl::OUString>
        SAL_CALL handOut(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                         const rtl::OUString& period, const rtl::OUString& folderUrl,
                         const rtl::OUString& format) override;
    org::concord::CollectResult SAL_CALL
    collect(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
            const css::uno::Sequence<rtl::OUString>& urls, sal_Bool takeReturned) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& serviceName) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> _context;
};

} // namespace concord::uno
