#include "SidebarWorkbook.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <variant>

namespace concord::integration {

namespace {

using Cell = std::variant<double, const char*>;
using Rows = std::vector<std::vector<Cell>>;

struct Table {
    const char* sheet;
    Rows rows; ///< the header row first
};

// Date serials (days since 1899-12-30): 2026-09-04 = 46269, 2026-12-31 = 46387.
const std::vector<Table> tables = {
    {"Departments",
     {{"Code", "Name", "Head", "Parent", "Weight"},
      {"SAL", "Sales", "Igor", "", 1.0},
      {"MKT", "Marketing", "Anna", "", 1.0},
      {"FIN", "Finance", "Olga", "", 1.0}}},
    {"KPIs",
     {{"ID", "Name", "Department", "Unit", "Direction", "Baseline", "Target", "Frequency"},
      {"K1", "Revenue", "SAL", "kRUB", "up", "", 100.0, "month"},
      {"K2", "Leads", "MKT", "leads", "up", "", 200.0, "month"},
      {"K3", "Payment days", "FIN", "days", "down", "", "abc", "month"}}},
    {"Goals",
     {{"ID", "Level", "Department", "Owner", "Parent", "Goal", "KPI", "Deadline"},
      {"G1", "company", "", "Elena", "", "Raise revenue to 1.2 million RUB a month by 31.12.2026",
       "K1", 46387.0},
      {"G2", "department", "SAL", "Igor", "G1", "Sell for 100 thousand RUB a month by 31.12.2026",
       "K1", 46387.0}}},
    {"Actuals",
     {{"KPI", "Period", "Value"},
      {"K1", "2026-08", 80.0},
      {"K1", "2026-09", 95.0},
      {"K2", "2026-09", 150.0},
      {"K9", "2026-09", 5.0}}},
    {"Requests",
     {{"ID", "From", "To", "What", "Why", "Frequency", "Due day", "Agreed"},
      {"R1", "SAL", "MKT", "Qualified lead list", "to plan the calls", "month", 5.0, "yes"}}},
    {"Deliveries", {{"Request", "Period", "Delivered on"}, {"R1", "2026-09", 46269.0}}},
};

const std::vector<Cell> extraGoal = {"G3",   "department", "MKT",
                                     "Anna", "G1",         "Bring 200 leads a month by 31.12.2026",
                                     "K2",   46387.0};

css::uno::Any toAny(const Cell& cell) {
    if (const double* number = std::get_if<double>(&cell))
        return css::uno::Any(*number);
    return css::uno::Any(::concord::uno::fromUtf8(std::get<const char*>(cell)));
}

std::string columnName(std::size_t index) {
    return std::string(1, static_cast<char>('A' + index));
}

void writeRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, std::size_t firstRow,
               const Rows& rows) {
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        css::uno::Sequence<css::uno::Any> row(static_cast<sal_Int32>(rows[r].size()));
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            row.getArray()[c] = toAny(rows[r][c]);
        data.getArray()[r] = row;
    }
    const std::string range = "A" + std::to_string(firstRow + 1) + ":" +
                              columnName(rows.front().size() - 1) +
                              std::to_string(firstRow + rows.size());
    css::uno::Reference<css::table::XCellRange> cells(sheet, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XCellRangeData>(
        cells->getCellRangeByName(::concord::uno::fromUtf8(range)), css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);
}

css::uno::Reference<css::sheet::XSpreadsheet> sheetNamed(const cli::CalcDocument& document,
                                                         const char* name) {
    return css::uno::Reference<css::sheet::XSpreadsheet>(
        document.model()->getSheets()->getByName(::concord::uno::fromUtf8(name)),
        css::uno::UNO_QUERY_THROW);
}

} // namespace

void SidebarWorkbook::write(const cli::CalcDocument& document) {
    const auto sheets = document.model()->getSheets();
    for (const Table& table : tables) {
        const css::uno::Reference<css::container::XIndexAccess> index(sheets,
                                                                      css::uno::UNO_QUERY_THROW);
        sheets->insertNewByName(::concord::uno::fromUtf8(table.sheet),
                                static_cast<sal_Int16>(index->getCount()));
        writeRows(sheetNamed(document, table.sheet), 0, table.rows);
    }
}

void SidebarWorkbook::addGoal(const cli::CalcDocument& document) {
    for (const Table& table : tables)
        if (std::string(table.sheet) == "Goals")
            writeRows(sheetNamed(document, table.sheet), table.rows.size(), {extraGoal});
}

std::vector<std::string> SidebarWorkbook::tableSheets() {
    std::vector<std::string> names;
    for (const Table& table : tables)
        names.push_back(table.sheet);
    return names;
}

} // namespace concord::integration
