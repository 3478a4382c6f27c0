#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace concord::uno {

/// The report as a document (DESIGN §3): a PDF of the generated sheets (the registry's, in
/// reading order: core::sheets::reportSheets), or of every sheet, with one bookmark per
/// sheet. The one place that writes it, for XGenerator::exportPdf (the command line) and
/// the command vnd.concord:ExportPdf (menu, sidebar). The document is not changed: the
/// export selects the sheets' printed areas (FilterData Selection) through storeToURL.
class ReportPdf {
public:
    /// Writes the PDF to url (a file URL) and returns the names of the sheets it holds, in
    /// order. Throws core::common::Error "pdf.no_report" (Input) when the document has no
    /// generated sheet and everySheet is false; css::uno::Exception when Calc cannot write.
    static std::vector<std::string>
    write(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
          const rtl::OUString& url, bool everySheet);
};

} // namespace concord::uno
