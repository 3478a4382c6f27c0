#include "core/sheets/Canvas.hpp"

#include "core/model/Workbook.hpp"

#include <algorithm>

namespace concord::core::sheets {

void Canvas::set(int row, int col, common::Cell value) {
    if (row < 0 || col < 0)
        return;
    if (static_cast<std::size_t>(row) >= _rows.size())
        _rows.resize(static_cast<std::size_t>(row) + 1);
    std::vector<common::Cell>& cells = _rows[static_cast<std::size_t>(row)];
    if (static_cast<std::size_t>(col) >= cells.size())
        cells.resize(static_cast<std::size_t>(col) + 1);
    cells[static_cast<std::size_t>(col)] = std::move(value);
}

void Canvas::number(int row, int col, const std::optional<double>& value) {
    if (value)
        set(row, col, *value);
}

void Canvas::status(int row, int col, const std::optional<kpi::Status>& value) {
    if (value)
        set(row, col, static_cast<double>(static_cast<int>(*value)));
}

void Canvas::text(int row, int col, const std::string& value) {
    if (!value.empty())
        set(row, col, value);
}

void Canvas::format(int firstRow, int firstCol, int lastRow, int lastCol, CellFormat format) {
    if (lastRow < firstRow || lastCol < firstCol)
        return;
    _formats.push_back(FormatRange{firstRow, firstCol, lastRow, lastCol, format});
}

void Canvas::wrap(int col, int maxWidth) {
    _wrapColumns.push_back(WrapColumn{col, maxWidth});
}

void Canvas::measureAbove(int row, std::vector<int> minimumWidths) {
    _measuredRows = std::max(row, 0);
    _minimumWidths = std::move(minimumWidths);
}

void Canvas::formula(int col, int firstRow, int lastRow, std::string seed) {
    _formulas.push_back(FormulaColumn{col, firstRow, lastRow, std::move(seed)});
}

void Canvas::formulaRuns(int col, const std::vector<std::pair<int, std::optional<int>>>& rowKinds,
                         const std::function<std::string(int kind, int row)>& seed) {
    std::size_t i = 0;
    while (i < rowKinds.size()) {
        const auto& [first, kind] = rowKinds[i];
        std::size_t j = i + 1;
        while (j < rowKinds.size() && rowKinds[j].second == kind &&
               rowKinds[j].first == rowKinds[j - 1].first + 1)
            ++j;
        if (kind)
            formula(col, first, rowKinds[j - 1].first, seed(*kind, first));
        i = j;
    }
}

namespace {

/// The rows of one text above the first Header row or shown as a Title (see finish()).
std::vector<Banner> banners(const common::Grid& cells, const std::vector<FormatRange>& formats) {
    int firstHeader = static_cast<int>(cells.rows());
    for (const FormatRange& range : formats)
        if (range.format == CellFormat::Header)
            firstHeader = std::min(firstHeader, range.firstRow);
    auto isTitle = [&](int row, int col) {
        return std::any_of(formats.begin(), formats.end(), [&](const FormatRange& range) {
            return range.format == CellFormat::Title && row >= range.firstRow &&
                   row <= range.lastRow && col >= range.firstCol && col <= range.lastCol;
        });
    };
    std::vector<Banner> result;
    for (std::size_t r = 0; r < cells.rows(); ++r) {
        int only = -1;
        int filled = 0;
        for (std::size_t c = 0; c < cells.cols(); ++c)
            if (!std::holds_alternative<std::monostate>(cells.at(r, c))) {
                ++filled;
                only = static_cast<int>(c);
            }
        const int row = static_cast<int>(r);
        if (filled == 1 && std::holds_alternative<std::string>(cells.at(r, only)) &&
            (row < firstHeader || isTitle(row, only)))
            result.push_back(Banner{row, only});
    }
    return result;
}

} // namespace

Layout Canvas::finish(std::string kind, std::string key, std::string name, int frozenRows,
                      int frozenCols) const {
    std::size_t cols = 1;
    for (const std::vector<common::Cell>& row : _rows)
        cols = std::max(cols, row.size());
    Layout sheet;
    sheet.kind = std::move(kind);
    sheet.key = std::move(key);
    sheet.name = std::move(name);
    sheet.cells = common::Grid(std::max<std::size_t>(_rows.size(), 1), cols);
    for (std::size_t r = 0; r < _rows.size(); ++r)
        for (std::size_t c = 0; c < _rows[r].size(); ++c)
            sheet.cells.at(r, c) = _rows[r][c];
    sheet.formulas = _formulas;
    sheet.formats = _formats;
    sheet.frozenRows = frozenRows;
    sheet.frozenCols = frozenCols;
    sheet.wrapColumns = _wrapColumns;
    sheet.banners = banners(sheet.cells, _formats);
    sheet.measuredRows = _measuredRows;
    sheet.minimumWidths = _minimumWidths;
    return sheet;
}

std::string cellAddress(int row, int col) {
    return model::CellRef{std::string(), row, col}.address();
}

std::string columnRange(int col, int firstRow, int lastRow) {
    const std::string first = cellAddress(firstRow, col);
    const std::string last = cellAddress(lastRow, col);
    auto absolute = [](const std::string& address) {
        const std::size_t digits = address.find_first_of("0123456789");
        return "$" + address.substr(0, digits) + "$" + address.substr(digits);
    };
    return absolute(first) + ":" + absolute(last);
}

} // namespace concord::core::sheets
