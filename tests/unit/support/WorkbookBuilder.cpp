#include "WorkbookBuilder.hpp"

#include "core/common/CivilDate.hpp"
#include "core/model/Reader.hpp"

#include <algorithm>

namespace concord::test {

using core::common::Cell;
using core::common::Grid;
using core::common::Language;
using core::model::RawSheet;
using core::model::Reader;
using core::model::TableSpec;

namespace {

/// The shipped reader (and its tables.json), loaded once per test binary.
const Reader& reader() {
    static const Reader shipped = Reader::load(CONCORD_DATA_DIR);
    return shipped;
}

Fields with(Fields first, const Fields& more) {
    first.insert(first.end(), more.begin(), more.end());
    return first;
}

const Cell* find(const Fields& row, const std::string& column) {
    for (const auto& [id, cell] : row)
        if (id == column)
            return &cell;
    return nullptr;
}

/// The table's required columns and those a row fills, in tables.json order.
std::vector<std::size_t> columnsOf(const TableSpec& table, const std::vector<Fields>& rows) {
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const bool used = std::any_of(rows.begin(), rows.end(), [&](const Fields& row) {
            return find(row, table.columns[c].id) != nullptr;
        });
        if (table.columns[c].required || used)
            out.push_back(c);
    }
    return out;
}

/// Calc's default null date, the one read() passes to the reader.
const core::common::CivilDate nullDate{1899, 12, 30};

} // namespace

Cell date(int year, int month, int day) {
    return static_cast<double>(core::common::daysFromCivil({year, month, day}) -
                               core::common::daysFromCivil(nullDate));
}

WorkbookBuilder& WorkbookBuilder::department(const std::string& code, const std::string& name,
                                             const Fields& more) {
    return row("departments", with({{"code", code}, {"name", name}}, more));
}

WorkbookBuilder& WorkbookBuilder::goal(const std::string& id, const std::string& level,
                                       const std::string& text, const Fields& more) {
    Fields cells = {{"id", id}, {"goal", text}};
    if (!level.empty()) // a goal may leave its level out
        cells.emplace_back("level", level);
    return row("goals", with(cells, more));
}

WorkbookBuilder& WorkbookBuilder::kpi(const std::string& id, const std::string& name,
                                      const std::string& department, const Cell& target,
                                      const Fields& more) {
    return row(
        "kpis",
        with({{"id", id}, {"name", name}, {"department", department}, {"target", target}}, more));
}

WorkbookBuilder& WorkbookBuilder::actual(const std::string& kpi, const Cell& period,
                                         const Cell& value, const Fields& more) {
    return row("actuals", with({{"kpi", kpi}, {"period", period}, {"value", value}}, more));
}

WorkbookBuilder& WorkbookBuilder::request(const std::string& id, const std::string& from,
                                          const std::string& to, const std::string& what,
                                          const Fields& more) {
    return row("requests", with({{"id", id}, {"from", from}, {"to", to}, {"what", what}}, more));
}

WorkbookBuilder& WorkbookBuilder::delivery(const std::string& request, const Cell& period,
                                           const Cell& deliveredOn, const Fields& more) {
    return row(
        "deliveries",
        with({{"request", request}, {"period", period}, {"delivered_on", deliveredOn}}, more));
}

WorkbookBuilder& WorkbookBuilder::row(const std::string& table, const Fields& cells) {
    const TableSpec& spec = reader().schema().table(table); // throws on a typo
    for (const auto& cell : cells)
        spec.columnIndex(cell.first);
    _rows[table].push_back(cells);
    return *this;
}

std::vector<RawSheet> WorkbookBuilder::sheets(Language language) const {
    std::vector<RawSheet> out;
    for (const TableSpec& table : reader().schema().tables()) {
        const auto found = _rows.find(table.id);
        if (found == _rows.end() && !table.required)
            continue;
        static const std::vector<Fields> none;
        const std::vector<Fields>& rows = found == _rows.end() ? none : found->second;
        const std::vector<std::size_t> columns = columnsOf(table, rows);
        RawSheet sheet{language == Language::Ru ? table.ru : table.en,
                       Grid(rows.size() + 1, columns.size())};
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const auto& spec = table.columns[columns[c]];
            sheet.cells.at(0, c) = language == Language::Ru ? spec.ru : spec.en;
            for (std::size_t r = 0; r < rows.size(); ++r)
                if (const Cell* cell = find(rows[r], spec.id))
                    sheet.cells.at(r + 1, c) = *cell;
        }
        out.push_back(std::move(sheet));
    }
    return out;
}

core::model::Workbook WorkbookBuilder::read(Language language) const {
    return reader().read(sheets(language), nullDate);
}

} // namespace concord::test
