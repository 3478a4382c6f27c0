#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <optional>
#include <string>
#include <vector>

namespace concord::integration {

/// The values of a sheet's used area (one getDataArray; formula cells give their results)
/// with lookups by content, so that tests find a cell by its header and row key rather
/// than by a fixed address.
class GeneratorSheetView {
public:
    explicit GeneratorSheetView(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

    int rows() const { return static_cast<int>(_cells.size()); }
    int cols() const { return _cells.empty() ? 0 : static_cast<int>(_cells[0].size()); }

    /// The text of a cell ("" for a number or an empty cell or outside the area).
    std::string text(int row, int col) const;
    /// The number in a cell, or nullopt for a text, an empty cell or outside the area.
    std::optional<double> number(int row, int col) const;

    /// Row and column of the first cell (row by row) whose text is text; {-1, -1} if none.
    std::pair<int, int> find(const std::string& text) const;
    /// The column of the first cell whose text is header, at or below fromRow; -1 if none.
    int column(const std::string& header, int fromRow = 0) const;
    /// The first row after afterRow whose cell in col has the text key; -1 if none.
    int row(const std::string& key, int col, int afterRow = -1) const;
    /// Every text of the area joined (to search for a word anywhere).
    std::string allText() const;

private:
    std::vector<std::vector<css::uno::Any>> _cells;
};

} // namespace concord::integration
