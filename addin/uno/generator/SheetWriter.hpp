#pragma once

#include "core/sheets/Layout.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>

namespace concord::uno {

class CellFormatter;

/// Writes one generated sheet's content into an empty sheet, in bulk.
class SheetWriter {
public:
    /// Added to a column's optimal width (1/100 mm): text measured in a headless office
    /// comes out a little narrower than on screen.
    static constexpr sal_Int32 columnPadding = 250;

    /// The formatter must outlive the writer.
    explicit SheetWriter(const CellFormatter& formatter);

    /// Writes generated into sheet: the values with one setDataArray (numbers as numbers,
    /// texts as texts), each formula column as its seed plus one fillAuto down to its last
    /// row, the formats, then the column widths: each column's optimal width over the rows
    /// above Layout::measuredRows, at least its Layout::minimumWidths entry, plus
    /// columnPadding, a wrap column (Layout::wrapColumns) at most its maxWidth with its texts
    /// wrapped; then the rows from measuredRows on (one setDataArray); last, the banners
    /// (Layout::banners: titles, period lines, notes), each written into a cell merged to the last
    /// column and wrapped, so that it neither widens its column nor runs past the table, and
    /// optimal row heights. Frozen panes are the view's business (ViewFreezer). Throws
    /// css::uno::Exception when Calc refuses, core::common::Error "generator.bad_layout" when a
    /// formula column or format range lies outside the sheet's cells.
    void write(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
               const core::sheets::Layout& generated) const;

    /// Checks that every formula column and format range of generated lies inside its
    /// cells. Throws core::common::Error "generator.bad_layout" naming the sheet when one does not.
    static void validate(const core::sheets::Layout& generated);

private:
    const CellFormatter& _formatter;
};

} // namespace concord::uno
