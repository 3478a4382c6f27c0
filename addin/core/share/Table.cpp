#include "core/share/Table.hpp"

#include "core/common/NumberText.hpp"
#include "core/model/ReaderConverter.hpp"

#include <variant>

namespace concord::core::share {

namespace {

using model::ColumnType;
using model::Period;
using model::ReaderValue;

/// The period of `frequency` a Period cell names: the one containing its date, or the last
/// day of the period it spells (as model::Reader reads it).
std::optional<Period> inFrequency(const ReaderValue& value, model::Frequency frequency) {
    if (const long* day = std::get_if<long>(&value))
        return Period::containing(frequency, *day);
    if (const Period* period = std::get_if<Period>(&value))
        return period->frequency == frequency ? *period
                                              : Period::containing(frequency, period->lastDay());
    return std::nullopt;
}

std::string cellText(const common::Cell& cell) {
    if (const std::string* text = std::get_if<std::string>(&cell))
        return *text;
    if (const double* number = std::get_if<double>(&cell))
        return common::NumberText::typed(*number);
    return std::string();
}

std::optional<std::size_t> columnOf(const model::TableSpec& spec, const model::HeaderMap& map,
                                    const std::string& id) {
    for (std::size_t c = 0; c < spec.columns.size(); ++c)
        if (spec.columns[c].id == id)
            return map.columns[c];
    return std::nullopt;
}

bool empty(const common::Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell))
        return true;
    const std::string* text = std::get_if<std::string>(&cell);
    return text && text->find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

Table Table::read(const std::string& id, const std::vector<model::RawSheet>& sheets,
                  const model::Reader& reader, const common::CivilDate& nullDate,
                  const FrequencyOf& frequencyOf) {
    Table table;
    table.id = id;
    const model::TableSpec& spec = reader.schema().table(id);
    const model::RawSheet* sheet = nullptr;
    for (const model::RawSheet& candidate : sheets)
        if (reader.schema().findSheet(candidate.name) == &spec) {
            sheet = &candidate;
            break;
        }
    if (!sheet)
        return table;
    table.found = true;
    table.sheet = sheet->name;
    const common::Grid& cells = sheet->cells;
    table.width = cells.cols();
    const model::HeaderMap map = model::TableSchema::mapHeaders(spec, cells);
    const bool actuals = id == "actuals";
    table.columns.key = columnOf(spec, map, actuals ? "kpi" : "request");
    table.columns.period = columnOf(spec, map, "period");
    table.columns.value = columnOf(spec, map, actuals ? "value" : "delivered_on");
    if (actuals)
        table.columns.plan = columnOf(spec, map, "target");
    table.columns.note = columnOf(spec, map, actuals ? "comment" : "note");

    const model::ReaderConverter converter(reader.words(), nullDate);
    const common::Cell none;
    const auto at = [&](std::size_t row,
                        const std::optional<std::size_t>& col) -> const common::Cell& {
        return col && *col < cells.cols() ? cells.at(row, *col) : none;
    };
    for (std::size_t r = 1; r < cells.rows(); ++r) {
        bool any = false;
        for (std::size_t c = 0; c < cells.cols() && !any; ++c)
            any = !empty(cells.at(r, c));
        if (any)
            table.endRow = r + 1;
        const common::Cell& keyCell = at(r, table.columns.key);
        const common::Cell& periodCell = at(r, table.columns.period);
        const common::Cell& valueCell = at(r, table.columns.value);
        if (empty(keyCell) && empty(periodCell) && empty(valueCell))
            continue;
        TableRow row;
        row.row = r;
        const ReaderValue key = converter.convert(keyCell, ColumnType::Key).value;
        if (const std::string* text = std::get_if<std::string>(&key))
            row.key = *text;
        row.periodText = cellText(periodCell);
        const model::Frequency frequency = frequencyOf(row.key).value_or(model::Frequency::Month);
        const model::ReaderConversion period = converter.convert(periodCell, ColumnType::Period);
        if (period.problem.empty())
            row.period = inFrequency(period.value, frequency);
        const model::ReaderConversion value =
            converter.convert(valueCell, actuals ? ColumnType::Number : ColumnType::Date);
        if (!period.problem.empty() || !value.problem.empty()) {
            row.valueInvalid = !value.problem.empty();
            row.valueText = cellText(valueCell);
        }
        if (const double* number = std::get_if<double>(&value.value))
            row.value = *number;
        else if (const long* day = std::get_if<long>(&value.value))
            row.value = static_cast<double>(*day);
        if (actuals) {
            const ReaderValue plan =
                converter.convert(at(r, table.columns.plan), ColumnType::Number).value;
            if (const double* number = std::get_if<double>(&plan))
                row.plan = *number;
        }
        const ReaderValue note =
            converter.convert(at(r, table.columns.note), ColumnType::Text).value;
        if (const std::string* text = std::get_if<std::string>(&note))
            row.note = *text;
        table.rows.push_back(std::move(row));
    }
    return table;
}

const TableRow* Table::find(const std::string& key, const model::Period& period) const {
    for (const TableRow& row : rows)
        if (row.key == key && row.period && *row.period == period)
            return &row;
    return nullptr;
}

TableRow* Table::find(const std::string& key, const model::Period& period) {
    return const_cast<TableRow*>(static_cast<const Table*>(this)->find(key, period));
}

} // namespace concord::core::share
