// The People sheet (DESIGN §3): one row per owner with department, weighted score, status
// (live formula), their KPIs and their goals, in en and ru.
#include "core/report/Results.hpp"
#include "core/sheets/People.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::report;
using namespace concord::core::sheets;
using concord::test::analyser;
using concord::test::texts;
using concord::test::WorkbookBuilder;

namespace {

/// Anna owns K1 (SAL, 90 of 100: 0.9 amber) and K2 (MKT, 200 of 200: 1.0 green, weight 3):
/// (0.9 + 3.0) / 4 = 0.975 green, department MKT (first in the table). Vera owns G2 only.
Workbook workbook() {
    return WorkbookBuilder()
        .department("MKT", "Marketing")
        .department("SAL", "Sales")
        .goal("G2", "department", "Hire two analysts", {{"department", "MKT"}, {"owner", "Vera"}})
        .kpi("K1", "Revenue", "SAL", 100.0, {{"owner", "Anna"}})
        .kpi("K2", "Leads", "MKT", 200.0, {{"owner", "Anna"}, {"weight", 3.0}})
        .actual("K1", "2026-09", 90.0)
        .actual("K2", "2026-09", 200.0)
        .read();
}

struct Built {
    Report report;
    Layout sheet;
};

Built sheet(Language language) {
    static const Workbook w = workbook();
    Built built{computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), language), {}};
    const Context context(built.report, texts(), language, {1899, 12, 30}, "now");
    built.sheet = peopleSheet(context);
    return built;
}

Cell text(const std::string& value) {
    return Cell(value);
}

} // namespace

TEST(SheetsPeople, OneRowPerOwner) {
    const Built b = sheet(Language::En);
    const Layout& s = b.sheet;
    EXPECT_EQ("people", s.kind);
    EXPECT_EQ("People", s.name);
    EXPECT_EQ(text("Person"), s.cells.at(3, 0));
    EXPECT_EQ(text("Anna"), s.cells.at(4, 0));
    EXPECT_EQ(text("Marketing"), s.cells.at(4, 1));
    EXPECT_NEAR(0.975, std::get<double>(s.cells.at(4, 2)), 1e-12);
    EXPECT_EQ(Cell(1.0), s.cells.at(4, 3));
    // MKT's K2 first (Departments order), then SAL's K1; at most 2 decimals, no trailing 0.
    EXPECT_EQ(text("K2 Leads: 100 %, green\nK1 Revenue: 90 %, amber"), s.cells.at(4, 4));
    EXPECT_EQ(Cell(), s.cells.at(4, 5));
    EXPECT_EQ(text("Vera"), s.cells.at(5, 0));
    EXPECT_EQ(Cell(), s.cells.at(5, 2)); // no KPI: no score, never 0
    EXPECT_EQ(Cell(), s.cells.at(5, 3));
    const int smart = b.report.goals[0].smart->score();
    EXPECT_EQ(text("G2: SMART " + std::to_string(smart) + "/5"), s.cells.at(5, 5));
    EXPECT_EQ(4, s.frozenRows);
}

TEST(SheetsPeople, StatusFormulaOnlyWhereThereIsAScore) {
    const Layout s = sheet(Language::En).sheet;
    ASSERT_EQ(1u, s.formulas.size());
    EXPECT_EQ(3, s.formulas[0].col);
    EXPECT_EQ(4, s.formulas[0].firstRow);
    EXPECT_EQ(4, s.formulas[0].lastRow);
    EXPECT_EQ("=KPI.STATUS(C5)", s.formulas[0].seed);
}

TEST(SheetsPeople, Russian) {
    const Layout s = sheet(Language::Ru).sheet;
    EXPECT_EQ("Сотрудники", s.name);
    EXPECT_EQ(text("Сотрудник"), s.cells.at(3, 0));
    EXPECT_EQ(text("K2 Leads: 100 %, зелёный\nK1 Revenue: 90 %, жёлтый"), s.cells.at(4, 4));
}
