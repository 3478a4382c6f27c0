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

    /// Throws css::uno::Exception when Calc refuses.
    static void apply(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                      const core::sheets::Layout& generated);

    /// "Concord <kind>".
    static rtl::OUString name(const std::string& kind);
};

} // namespace concord::uno
