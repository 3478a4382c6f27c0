#include "core/model/ReaderTable.hpp"

#include "core/common/Error.hpp"
#include "core/model/ReaderText.hpp"

#include <utility>

namespace concord::core::model {

namespace {

const std::string noText;

int asInt(std::size_t value) {
    return static_cast<int>(value);
}

} // namespace

ReaderTable::ReaderTable(const TableSpec& spec) : _spec(&spec) {
    _map.columns.assign(spec.columns.size(), std::nullopt);
}

ReaderTable::ReaderTable(const TableSpec& spec, const RawSheet& sheet, const HeaderMap& map,
                         const ReaderConverter& converter, std::vector<Problem>& problems)
    : _spec(&spec), _sheet(sheet.name), _map(map), _problems(&problems) {
    const common::Grid& cells = sheet.cells;
    for (const RepeatedHeader& repeated : _map.repeated)
        problems.push_back(problem(_sheet, 0, repeated.column, "input.repeated_column",
                                   {CellRef{_sheet, 0, asInt(repeated.first)}.address()}));
    const std::size_t count = spec.columns.size();
    for (std::size_t r = 1; r < cells.rows(); ++r) {
        ReaderRow row;
        row.row = r;
        row.values.resize(count);
        bool blank = true;
        std::vector<Problem> found;
        for (std::size_t c = 0; c < count; ++c) {
            if (!_map.columns[c])
                continue;
            const std::size_t col = *_map.columns[c];
            const common::Cell& cell = cells.at(r, col);
            ReaderConversion conversion = converter.convert(cell, spec.columns[c].type);
            blank = blank && std::holds_alternative<std::monostate>(conversion.value) &&
                    conversion.problem.empty();
            if (!conversion.problem.empty())
                found.push_back(problem(_sheet, r, col, std::move(conversion.problem),
                                        std::move(conversion.args)));
            else if (spec.columns[c].required &&
                     std::holds_alternative<std::monostate>(conversion.value))
                found.push_back(problem(_sheet, r, col, "input.empty_required",
                                        {ReaderText::cell(cells.at(0, col))}));
            row.values[c] = std::move(conversion.value);
        }
        if (blank)
            continue;
        row.ok = found.empty();
        for (Problem& each : found)
            problems.push_back(std::move(each));
        _rows.push_back(std::move(row));
    }
}

std::size_t ReaderTable::column(const std::string& id, ColumnType type) const {
    const std::size_t index = _spec->columnIndex(id);
    if (_spec->columns[index].type != type)
        throw common::Error(common::Error::Category::Configuration, "tables.wrong_type",
                            "the reader needs another column type", _spec->id + "." + id);
    return index;
}

CellRef ReaderTable::at(const ReaderRow& row, std::size_t column) const {
    return {_sheet, asInt(row.row), asInt(_map.columns[column].value_or(0))};
}

CellRef ReaderTable::rowStart(const ReaderRow& row) const {
    return {_sheet, asInt(row.row), 0};
}

void ReaderTable::reject(ReaderRow& row, std::size_t column, std::string id,
                         std::vector<std::string> args) {
    row.ok = false;
    const CellRef cell = at(row, column);
    _problems->push_back(problem(cell.sheet, row.row, static_cast<std::size_t>(cell.col),
                                 std::move(id), std::move(args)));
}

Problem ReaderTable::problem(const std::string& sheet, std::size_t row, std::size_t col,
                             std::string id, std::vector<std::string> args) {
    Problem problem;
    problem.at.sheet = sheet;
    problem.at.row = asInt(row);
    problem.at.col = asInt(col);
    problem.id = std::move(id);
    problem.args = std::move(args);
    return problem;
}

const std::string& ReaderTable::text(const ReaderRow& row, std::size_t column) const {
    const std::string* value = get<std::string>(row, column);
    return value ? *value : noText;
}

} // namespace concord::core::model
