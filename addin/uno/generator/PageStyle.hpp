#pragma once

#include "core/sheets/Layout.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace concord::uno {

/// Applies a generated sheet's PrintSetup (Layout::print): the page style "Concord <kind>"
/// of the document (made, or reused and updated) with A4 landscape, scaling, header and
/// footer (the page number and count as fields), set as the sheet's PageStyle, and the
/// repeated rows as the sheet's print title rows.
class PageStyle {
public:
    /// A4 in 1/100 mm.
    static constexpr sal_Int32 longSide = 29700;
    static constexpr sal_Int32 shortSide = 21000;

    /// Sets the sheet's page style "Concord <kind>" (created or updated in the document:
    /// A4, orientation, scaling, header and footer). Throws css::uno::Exception when Calc
    /// refuses.
    static void apply(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                      const core::sheets::Layout& generated);

    /// Sets the rows repeated on every printed page. Call it on the sheet in the scratch
    /// document, before the import copies the sheet with its print ranges: in the user's
    /// document Calc records each print-range change as an undo step of its own.
    static void repeatRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                           const core::sheets::Layout& generated);

    /// "Concord <kind>".
    static rtl::OUString name(const std::string& kind);
};

} // namespace concord::uno
