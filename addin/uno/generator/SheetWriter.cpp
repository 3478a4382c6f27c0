#include "SheetWriter.hpp"
#include "uno/text/UnoText.hpp"

#include "CellFormatter.hpp"
#include "core/common/Error.hpp"
#include "core/sheets/TextWidth.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <algorithm>
#include <cmath>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

namespace {

/// The banner cells (Layout::banners), written after the column widths are set so that their
/// long texts do not widen the first column, and the rows from Layout::measuredRows on,
/// written after the widths so that Calc does not measure them.
class Deferred {
public:
    explicit Deferred(const core::sheets::Layout& generated)
        : _banners(generated.banners), _measuredRows(generated.measuredRows) {}

    bool operator()(std::size_t row, std::size_t col) const {
        return (_measuredRows > 0 && row >= static_cast<std::size_t>(_measuredRows)) ||
               banner(row, col);
    }

    /// Whether cell (row, col) is a banner's.
    bool banner(std::size_t row, std::size_t col) const {
        for (const core::sheets::Banner& banner : _banners)
            if (static_cast<std::size_t>(banner.row) == row &&
                static_cast<std::size_t>(banner.col) == col)
                return true;
        return false;
    }

private:
    const std::vector<core::sheets::Banner>& _banners;
    int _measuredRows;
};

/// A core cell as setDataArray takes it; empty (and what cannot be shown) as an empty text,
/// which leaves the cell empty.
Any toData(const core::common::Cell& cell) {
    if (const double* number = std::get_if<double>(&cell))
        return std::isfinite(*number) ? Any(*number) : Any(rtl::OUString());
    if (const std::string* text = std::get_if<std::string>(&cell))
        return Any(fromUtf8(*text));
    return Any(rtl::OUString());
}

/// Rows firstRow…lastRow, columns firstCol…lastCol of grid, with the cells for which
/// skip(row, col) holds left empty.
template <class Skip>
Sequence<Sequence<Any>> block(const core::common::Grid& grid, std::size_t firstRow,
                              std::size_t lastRow, std::size_t firstCol, std::size_t lastCol,
                              const Skip& skip) {
    Sequence<Sequence<Any>> rows(static_cast<sal_Int32>(lastRow - firstRow + 1));
    Sequence<Any>* rowData = rows.getArray();
    for (std::size_t r = firstRow; r <= lastRow; ++r) {
        Sequence<Any> row(static_cast<sal_Int32>(lastCol - firstCol + 1));
        Any* cells = row.getArray();
        for (std::size_t c = firstCol; c <= lastCol; ++c)
            cells[c - firstCol] = skip(r, c) ? Any(rtl::OUString()) : toData(grid.at(r, c));
        rowData[r - firstRow] = row;
    }
    return rows;
}

void setData(const Reference<css::sheet::XSpreadsheet>& sheet, int firstCol, int firstRow,
             int lastCol, int lastRow, const Sequence<Sequence<Any>>& data) {
    Reference<css::sheet::XCellRangeData>(
        sheet->getCellRangeByPosition(firstCol, firstRow, lastCol, lastRow), UNO_QUERY_THROW)
        ->setDataArray(data);
}

void setOptimalHeight(const Reference<css::sheet::XSpreadsheet>& sheet, int firstRow, int lastRow,
                      int cols) {
    if (lastRow < firstRow)
        return;
    Reference<css::table::XColumnRowRange> rows(
        sheet->getCellRangeByPosition(0, firstRow, cols - 1, lastRow), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(rows->getRows(), UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", Any(true));
}

} // namespace

SheetWriter::SheetWriter(const CellFormatter& formatter) : _formatter(formatter) {}

void SheetWriter::validate(const core::sheets::Layout& generated) {
    const int rows = static_cast<int>(generated.cells.rows());
    const int cols = static_cast<int>(generated.cells.cols());
    for (const core::sheets::FormatRange& range : generated.formats)
        if (range.firstRow < 0 || range.firstCol < 0 || range.lastRow >= rows ||
            range.lastCol >= cols || range.firstRow > range.lastRow ||
            range.firstCol > range.lastCol)
            throw core::common::Error(
                core::common::Error::Category::Internal, "generator.bad_layout",
                "format range outside the sheet's cells",
                generated.name + " row " + std::to_string(range.firstRow + 1));
    for (const core::sheets::FormulaColumn& column : generated.formulas)
        if (column.col < 0 || column.col >= cols || column.firstRow < 0 || column.lastRow >= rows ||
            column.firstRow > column.lastRow)
            throw core::common::Error(core::common::Error::Category::Internal,
                                      "generator.bad_layout",
                                      "formula column outside the sheet's cells",
                                      generated.name + " column " + std::to_string(column.col + 1));
}

void SheetWriter::write(const Reference<css::sheet::XSpreadsheet>& sheet,
                        const core::sheets::Layout& generated) const {
    validate(generated);
    const core::common::Grid& grid = generated.cells;
    const int rows = static_cast<int>(grid.rows());
    const int cols = static_cast<int>(grid.cols());
    const Deferred deferred(generated);

    setData(sheet, 0, 0, cols - 1, rows - 1,
            block(grid, 0, grid.rows() - 1, 0, grid.cols() - 1, deferred));

    for (const core::sheets::FormulaColumn& column : generated.formulas) {
        const std::string seed = column.seed.rfind('=', 0) == 0 ? column.seed : "=" + column.seed;
        sheet->getCellByPosition(column.col, column.firstRow)->setFormula(fromUtf8(seed));
        if (column.lastRow > column.firstRow)
            Reference<css::sheet::XCellSeries>(
                sheet->getCellRangeByPosition(column.col, column.firstRow, column.col,
                                              column.lastRow),
                UNO_QUERY_THROW)
                ->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
    }

    _formatter.apply(sheet, generated.formats);

    Reference<css::table::XColumnRowRange> area(
        sheet->getCellRangeByPosition(0, 0, cols - 1, rows - 1), UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> columns(area->getColumns(), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(columns, UNO_QUERY_THROW)
        ->setPropertyValue("OptimalWidth", Any(true));
    std::vector<sal_Int32> wrapAt(static_cast<std::size_t>(cols), 0);
    for (const core::sheets::WrapColumn& column : generated.wrapColumns)
        if (column.col >= 0 && column.col < cols)
            wrapAt[static_cast<std::size_t>(column.col)] = column.maxWidth;
    std::vector<sal_Int32> widths(static_cast<std::size_t>(cols), 0);
    for (sal_Int32 c = 0; c < cols; ++c) {
        Reference<css::beans::XPropertySet> column(columns->getByIndex(c), UNO_QUERY_THROW);
        sal_Int32 width = 0;
        column->getPropertyValue("Width") >>= width;
        if (static_cast<std::size_t>(c) < generated.minimumWidths.size())
            width = std::max(width, generated.minimumWidths[static_cast<std::size_t>(c)]);
        width += columnPadding;
        const sal_Int32 cap = wrapAt[static_cast<std::size_t>(c)];
        if (cap > 0) {
            width = std::min(width, cap);
            Reference<css::beans::XPropertySet>(sheet->getCellRangeByPosition(c, 0, c, rows - 1),
                                                UNO_QUERY_THROW)
                ->setPropertyValue("IsTextWrapped", Any(true));
        }
        column->setPropertyValue("Width", Any(width));
        widths[static_cast<std::size_t>(c)] = width;
    }

    const int late =
        generated.measuredRows > 0 && generated.measuredRows < rows ? generated.measuredRows : rows;
    if (late < rows)
        setData(sheet, 0, late, cols - 1, rows - 1,
                block(grid, static_cast<std::size_t>(late), grid.rows() - 1, 0, grid.cols() - 1,
                      [&](std::size_t r, std::size_t c) { return deferred.banner(r, c); }));

    for (const core::sheets::Banner& banner : generated.banners) {
        Reference<css::table::XCellRange> cells =
            sheet->getCellRangeByPosition(banner.col, banner.row, cols - 1, banner.row);
        setData(sheet, banner.col, banner.row, banner.col, banner.row,
                block(grid, static_cast<std::size_t>(banner.row),
                      static_cast<std::size_t>(banner.row), static_cast<std::size_t>(banner.col),
                      static_cast<std::size_t>(banner.col),
                      [](std::size_t, std::size_t) { return false; }));
        if (banner.col < cols - 1)
            Reference<css::util::XMergeable>(cells, UNO_QUERY_THROW)->merge(true);
        Reference<css::beans::XPropertySet>(cells, UNO_QUERY_THROW)
            ->setPropertyValue("IsTextWrapped", Any(true));
    }
    // Optimal heights: Calc measures every cell of the rows it is asked about, so below
    // `late` only the rows that can need more than the default height are asked about — a
    // banner (a larger font) or a text that may wrap in its column (textWidth, which never
    // under-estimates, over the column's width).
    setOptimalHeight(sheet, 0, late - 1, cols);
    for (int r = late; r < rows; ++r) {
        bool taller =
            std::any_of(generated.banners.begin(), generated.banners.end(),
                        [&](const core::sheets::Banner& banner) { return banner.row == r; });
        for (int c = 0; c < cols && !taller; ++c) {
            const auto* text = std::get_if<std::string>(
                &grid.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c)));
            taller = text != nullptr && wrapAt[static_cast<std::size_t>(c)] > 0 &&
                     core::sheets::textWidth(*text, true) > widths[static_cast<std::size_t>(c)];
        }
        if (taller)
            setOptimalHeight(sheet, r, r, cols);
    }
}

} // namespace concord::uno
