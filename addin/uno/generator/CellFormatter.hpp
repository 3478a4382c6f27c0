#pragma once

#include "core/common/Language.hpp"
#include "core/sheets/Layout.hpp"

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <vector>

namespace concord::uno {

class GeneratorTexts;

/// Shows generated cells as core::sheets::CellFormat says: Title bold and larger; Header bold on
/// a tinted background; Percent as "0.0%" and Date as YYYY-MM-DD (number formats of the
/// document's locale); Status 1/0/−1 as "● green/amber/red" (localised number format)
/// with a conditional green/amber/red cell style; Flag 1/0 as ✓/✗ in green/red; Stale
/// italic grey; Text and Number keep Calc's defaults.
///
/// The constructor creates what the formats need in the document, once: the number
/// formats and three cell styles "Concord Green", "Concord Amber", "Concord Red" (kept if
/// they exist, so a user may restyle them). Styles are not part of the undo stack; they
/// stay when the generation is undone.
class CellFormatter {
public:
    /// Throws css::uno::Exception when Calc refuses to create a format or style.
    CellFormatter(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  const GeneratorTexts& texts, core::common::Language language);

    /// Creates the three conditional cell styles in document if it lacks them (a sheet
    /// copied in from another document needs them where it lands). Throws
    /// css::uno::Exception when Calc refuses.
    static void addStyles(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

    /// Applies formats to sheet: all ranges of one format at once (a SheetCellRanges
    /// container), so a few UNO calls per format, whatever the number of ranges; formats
    /// later in core::sheets::CellFormat (Stale last) win where ranges overlap. Throws
    /// css::uno::Exception when Calc refuses.
    void apply(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
               const std::vector<core::sheets::FormatRange>& formats) const;

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    sal_Int32 _percent = 0;
    sal_Int32 _date = 0;
    sal_Int32 _status = 0;
    sal_Int32 _flag = 0;
};

} // namespace concord::uno
