#include "ScaleWorkbook.hpp"

#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <string>
#include <vector>

using namespace css;

namespace concord::bench {

namespace {

rtl::OUString u(const std::string& text) {
    return rtl::OUString::fromUtf8(text.c_str());
}
uno::Any text(const std::string& value) {
    return uno::Any(u(value));
}
uno::Any number(double value) {
    return uno::Any(value);
}

std::string code(int department) {
    return "D" + std::to_string(department + 1);
}
std::string kpiId(int department, int kpi) {
    return code(department) + "-K" + std::to_string(kpi + 1);
}
std::string month(int index) { // 2024-01 … 2026-12
    const int year = 2024 + index / 12;
    const int m = index % 12 + 1;
    return std::to_string(year) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

/// Writes rows into a new sheet called name, with one setDataArray.
void writeSheet(const cli::CalcDocument& doc, const std::string& name,
                const std::vector<std::vector<uno::Any>>& rows) {
    uno::Reference<sheet::XSpreadsheets> sheets = doc.model()->getSheets();
    sheets->insertNewByName(u(name), sheets->getElementNames().getLength());
    uno::Reference<table::XCellRange> sheet(sheets->getByName(u(name)), uno::UNO_QUERY_THROW);
    const int width = static_cast<int>(rows[0].size());
    uno::Sequence<uno::Sequence<uno::Any>> data(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        data.getArray()[r] = uno::Sequence<uno::Any>(rows[r].data(), width);
    uno::Reference<sheet::XCellRangeData>(
        sheet->getCellRangeByPosition(0, 0, width - 1, static_cast<sal_Int32>(rows.size()) - 1),
        uno::UNO_QUERY_THROW)
        ->setDataArray(data);
}

} // namespace

void ScaleWorkbook::write(const cli::CalcDocument& doc, int count) {
    std::vector<std::vector<uno::Any>> rows{{text("Code"), text("Name"), text("Weight")}};
    for (int d = 0; d < count; ++d)
        rows.push_back({text(code(d)), text("Department " + std::to_string(d + 1)), number(1)});
    writeSheet(doc, "Departments", rows);

    rows = {{text("ID"), text("Name"), text("Department"), text("Unit"), text("Direction"),
             text("Target"), text("Weight")}};
    for (int d = 0; d < count; ++d)
        for (int k = 0; k < kpisPerDepartment; ++k)
            rows.push_back({text(kpiId(d, k)), text("KPI " + std::to_string(k + 1)), text(code(d)),
                            text("pcs"), text("up"), number(100), number(1 + k % 3)});
    writeSheet(doc, "KPIs", rows);

    rows = {{text("KPI"), text("Period"), text("Value"), text("Department")}};
    rows.reserve(actualRows + 1);
    for (int d = 0; d < count; ++d)
        for (int k = 0; k < kpisPerDepartment; ++k)
            for (int m = 0; m < months; ++m)
                rows.push_back({text(kpiId(d, k)), text(month(m)),
                                number(60 + (d * 7 + k * 13 + m * 5) % 60), text(code(d))});
    writeSheet(doc, "Actuals", rows);
    // The default first sheet is not part of the workbook's tables.
    doc.model()->getSheets()->removeByName("Sheet1");
}

} // namespace concord::bench
