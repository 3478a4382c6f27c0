#pragma once

#include "core/sheets/Layout.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
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

    /// Like apply, but leaves the style as it is when `previous` (the setup last applied to
    /// it in this run, if any) already gave it the same page: each change of a page style
    /// makes Calc lay out again every sheet that uses it, quadratic over a build's sheets.
    static void apply(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                      const core::sheets::Layout& generated,
                      const core::sheets::PrintSetup* previous);

    /// Sets the rows repeated on every printed page. Call it on the sheet in the scratch
    /// document, before the import copies the sheet with its print ranges: in the user's
    /// document Calc records each print-range change as an undo step of its own.
    static void repeatRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                           const core::sheets::Layout& generated);

    /// "Concord <kind>".
    static rtl::OUString name(const std::string& kind);

private:
    /// The page properties of print on style.
    static void setUp(const css::uno::Reference<css::beans::XPropertySet>& style,
                      const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const core::sheets::PrintSetup& print);
};

} // namespace concord::uno
