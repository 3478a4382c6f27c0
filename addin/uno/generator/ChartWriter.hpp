#pragma once

#include <string>

#include "core/sheets/Layout.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace concord::uno {

/// Inserts a generated sheet's charts (Layout::charts) as real Calc charts over its own
/// cells: one XTableCharts::addNewByName each, then the chart2 model of the embedded
/// chart for its type, data, titles and colours. O(charts) calls, none per cell.
class ChartWriter {
public:
    /// context makes the chart2 objects (titles, texts, labelled sequences).
    explicit ChartWriter(const css::uno::Reference<css::uno::XComponentContext>& context);

    /// Adds every chart of generated to sheet of document (whose cells are already written);
    /// each chart's shape is named as in the layout (the embedded object's own name is
    /// Calc's business: it renames it when it copies the sheet). Line charts get the Line template
    /// (lines, no symbols), bar charts stay Calc's default vertical bars (ColumnChartType). Each
    /// series reads its values column and carries its name: the cell above the values when it holds
    /// the name (kept through importSheet), else a literal label (Calc 7.4 drops it on
    /// importSheet); the categories column labels the x axis. Throws core::common::Error
    /// "generator.bad_layout" when a chart lies outside the sheet's cells or has no series,
    /// css::uno::Exception when Calc refuses.
    void write(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
               const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
               const core::sheets::Layout& generated) const;

    /// Checks every chart of generated: at least one series, every column inside the cells,
    /// no more point colours than values. Throws core::common::Error "generator.bad_layout".
    static void validate(const core::sheets::Layout& generated);

private:
    css::uno::Reference<css::uno::XComponentContext> _context;
    /// Ends the name of every embedded object this writer adds (see runToken).
    std::string _run;
};

} // namespace concord::uno
