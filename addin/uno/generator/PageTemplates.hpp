#pragma once

#include "core/sheets/Layout.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <map>
#include <string>

namespace concord::uno {

class UnrecordedSheets;

/// New generated sheets made as copies of an empty sheet that already carries their kind's
/// page style and title rows (PageStyle). Calc repaginates every sheet of a page style each
/// time a sheet's page style or title rows are set through the API (~20 ms a sheet in a
/// 200-scorecard build, growing with the sheets); a copied sheet brings both along without
/// that. The templates stand after the document's last sheet while they live, so the
/// positions of the sheets inserted before them stay right, and are removed, unrecorded,
/// when this object goes. In a workbook whose structure is protected Calc refuses the copy:
/// there each new sheet is inserted and set up directly.
class PageTemplates {
public:
    /// Both must outlive this object.
    PageTemplates(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  const UnrecordedSheets& unrecorded);
    ~PageTemplates();
    PageTemplates(const PageTemplates&) = delete;
    PageTemplates& operator=(const PageTemplates&) = delete;

    /// Inserts the empty sheet `name` at position with generated's page style and title rows
    /// (PageStyle::apply, PageStyle::repeatRows), unrecorded. Throws css::uno::Exception when
    /// Calc refuses.
    void insert(const std::string& name, sal_Int16 position, const core::sheets::Layout& generated);

private:
    /// The template sheet for generated's kind and title rows, made (and its style set up
    /// again when this run's setup of the kind changed) as needed.
    rtl::OUString templateFor(const core::sheets::Layout& generated);

    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    const UnrecordedSheets& _unrecorded;
    std::map<std::string, rtl::OUString> _templates;         ///< by kind and title rows
    std::map<std::string, core::sheets::PrintSetup> _styled; ///< the setup each kind last got
    bool _direct = false; ///< the workbook's structure is protected: no copies, no templates
};

} // namespace concord::uno
