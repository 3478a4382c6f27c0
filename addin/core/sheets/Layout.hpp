#pragma once

#include "core/common/Grid.hpp"
#include "core/sheets/Chart.hpp"
#include "core/sheets/PrintSetup.hpp"

#include <string>
#include <vector>

namespace concord::core::sheets {

/// How a block of cells is shown (the UNO writer maps each to a number format/style).
enum class CellFormat {
    Title,  ///< the sheet title line (bold, larger)
    Header, ///< table header row (bold, filled, wrapped)
    Text,
    Number,  ///< general number
    Percent, ///< 0.95 shown as 95%
    Date,    ///< day serial of the document shown as a date
    Status,  ///< 1 / 0 / −1 shown green / amber / red (icon set or colours)
    Flag,    ///< SMART mark 1/0 shown as ✓ / ✗ style
    Stale    ///< a value that is not of the chosen period (greyed, italic)
};

/// A rectangle of cells (0-based, inclusive) with one format.
struct FormatRange {
    int firstRow = 0;
    int firstCol = 0;
    int lastRow = 0;
    int lastCol = 0;
    CellFormat format = CellFormat::Text;
};

/// A column of live formulas: `seed` is the formula of firstRow in Calc's English API
/// grammar (';' separators, Concord display names, relative references to its own row),
/// filled down to lastRow in one call (seed + fillAuto), never one UNO call per cell.
struct FormulaColumn {
    int col = 0;
    int firstRow = 0;
    int lastRow = 0;
    std::string seed;
};

/// A column of long texts (goal text, KPI names, sentences): as wide as its longest text up
/// to maxWidth (1/100 mm); a longer text wraps and its row grows. Every other column is as
/// wide as its longest text (header included) and never wraps, so no text is cut.
struct WrapColumn {
    int col = 0;
    int maxWidth = 0;
};

/// A row holding one text, from col on (a title, the period line, a note): merged from col to
/// the table's last column and wrapped, so it neither runs past the table nor widens col.
struct Banner {
    int row = 0;
    int col = 0;
};

/// One generated sheet, ready to be written: every value in `cells` (one setDataArray),
/// the formula columns over it, formats, frozen rows and column widths, its charts and how
/// it prints.
struct Layout {
    std::string kind; ///< "scorecard", "company", "people", "smart", "requests", "escalations"
    std::string key;  ///< department code for a scorecard, else empty
    std::string name; ///< the sheet name wanted (localised; the writer resolves clashes)
    common::Grid cells;
    std::vector<FormulaColumn> formulas;
    std::vector<FormatRange> formats;
    int frozenRows = 0;
    int frozenCols = 0;
    std::vector<WrapColumn> wrapColumns; ///< the columns whose long texts wrap
    std::vector<Banner> banners;         ///< rows of one text spanning the table
    /// Calc measures the optimal column widths over rows [0, measuredRows) only (all rows
    /// when 0); the rows from measuredRows on are written after that, and column c is then
    /// at least minimumWidths[c] (1/100 mm, textWidth of its texts there; missing = 0).
    /// Measuring is the writer's dearest step per cell: a history block below the table
    /// would double it for texts whose widths the layout knows.
    int measuredRows = 0;
    std::vector<int> minimumWidths;
    std::vector<Chart> charts; ///< inserted after the cells, rebuilt with the sheet
    PrintSetup print;          ///< page style of the sheet
    /// Digest of all the above but the generation time (fingerprint()), set by build(): a
    /// rebuild leaves a sheet alone whose digest is the one the registry holds.
    std::string fingerprint;
};

} // namespace concord::core::sheets
