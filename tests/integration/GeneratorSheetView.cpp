#include "GeneratorSheetView.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/uno/Sequence.hxx>

namespace concord::integration {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

GeneratorSheetView::GeneratorSheetView(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const css::table::CellRangeAddress end =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    const auto data =
        Reference<css::sheet::XCellRangeData>(
            sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow), UNO_QUERY_THROW)
            ->getDataArray();
    for (const auto& row : data)
        _cells.emplace_back(row.begin(), row.end());
}

std::string GeneratorSheetView::text(int row, int col) const {
    if (row < 0 || col < 0 || row >= rows() || col >= cols())
        return {};
    rtl::OUString value;
    return (_cells[row][col] >>= value) ? ::concord::uno::toUtf8(value) : std::string();
}

std::optional<double> GeneratorSheetView::number(int row, int col) const {
    if (row < 0 || col < 0 || row >= rows() || col >= cols())
        return std::nullopt;
    if (_cells[row][col].getValueTypeClass() != css::uno::TypeClass_DOUBLE)
        return std::nullopt;
    double value = 0;
    _cells[row][col] >>= value;
    return value;
}

std::pair<int, int> GeneratorSheetView::find(const std::string& wanted) const {
    for (int r = 0; r < rows(); ++r)
        for (int c = 0; c < cols(); ++c)
            if (text(r, c) == wanted)
                return {r, c};
    return {-1, -1};
}

int GeneratorSheetView::column(const std::string& header, int fromRow) const {
    for (int r = std::max(fromRow, 0); r < rows(); ++r)
        for (int c = 0; c < cols(); ++c)
            if (text(r, c) == header)
                return c;
    return -1;
}

int GeneratorSheetView::row(const std::string& key, int col, int afterRow) const {
    for (int r = afterRow + 1; r < rows(); ++r)
        if (text(r, col) == key)
            return r;
    return -1;
}

std::string GeneratorSheetView::allText() const {
    std::string all;
    for (int r = 0; r < rows(); ++r)
        for (int c = 0; c < cols(); ++c)
            all += text(r, c) + "\n";
    return all;
}

} // namespace concord::integration
