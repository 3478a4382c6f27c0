#pragma once

#include "core/common/Grid.hpp"
#include "core/kpi/Status.hpp"
#include "core/sheets/Layout.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace concord::core::sheets {

/// A sheet being laid out: cells set one by one in any order, formats, formula columns;
/// finish() turns it into a Layout whose grid is just large enough. Rows and
/// columns are 0-based.
class Canvas {
public:
    /// Sets one cell (a number, a text, or empty).
    void set(int row, int col, common::Cell value);
    /// Sets a number, or leaves the cell empty when value is empty (never writes 0 for it).
    void number(int row, int col, const std::optional<double>& value);
    /// Sets a status as its KPI.STATUS number (1 green, 0 amber, −1 red), or leaves the cell
    /// empty when there is none.
    void status(int row, int col, const std::optional<kpi::Status>& value);
    /// Sets a text; an empty text leaves the cell empty.
    void text(int row, int col, const std::string& value);

    /// Shows the rectangle [firstRow..lastRow] × [firstCol..lastCol] in `format`; nothing
    /// when the rectangle is empty (lastRow < firstRow).
    void format(int firstRow, int firstCol, int lastRow, int lastCol, CellFormat format);

    /// Lets the long texts of column col wrap at maxWidth (1/100 mm) instead of widening it.
    void wrap(int col, int maxWidth);

    /// Lets Calc measure column widths over the rows above `row` only; the rows from there on
    /// need at least minimumWidths[c] in column c (see Layout::measuredRows).
    void measureAbove(int row, std::vector<int> minimumWidths);

    /// Adds a live formula column of one seed over rows firstRow..lastRow.
    void formula(int col, int firstRow, int lastRow, std::string seed);

    /// Adds live formulas in column col to the given rows (ascending). Rows next to each
    /// other with the same kind share one FormulaColumn; seed(kind, row) gives the formula
    /// of a run's first row. A row whose kind is empty gets no formula.
    void formulaRuns(int col, const std::vector<std::pair<int, std::optional<int>>>& rowKinds,
                     const std::function<std::string(int kind, int row)>& seed);

    /// The sheet: cells, formulas, formats, frozen panes, wrapped columns and banners: every
    /// row whose only non-empty cell is a text and that lies above the first Header row or
    /// is shown as a Title.
    Layout finish(std::string kind, std::string key, std::string name, int frozenRows,
                  int frozenCols) const;

private:
    std::vector<std::vector<common::Cell>> _rows;
    std::vector<FormatRange> _formats;
    std::vector<FormulaColumn> _formulas;
    std::vector<WrapColumn> _wrapColumns;
    int _measuredRows = 0;
    std::vector<int> _minimumWidths;
};

/// Widths (1/100 mm) at which long texts wrap: sentences and goal texts, and names.
constexpr int sentenceWidth = 9000;
constexpr int nameWidth = 6000;

/// "F5": the A1 address of a 0-based cell.
std::string cellAddress(int row, int col);
/// "$F$5:$F$9": an absolute A1 range of one column.
std::string columnRange(int col, int firstRow, int lastRow);

} // namespace concord::core::sheets
