// The scorecard sheet of one department (DESIGN §3): title with period and generation time,
// the KPI table with numbers as numbers, live formulas for attainment / score / status,
// the stale mark, the department's weighted score and counts, its goals with SMART marks;
// formats and frozen header rows.
#include "core/common/CivilDate.hpp"
#include "core/report/Results.hpp"
#include "core/sheets/Canvas.hpp"
#include "core/sheets/Scorecard.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using namespace concord::core::sheets;
using concord::test::analyser;
using concord::test::texts;
using concord::test::WorkbookBuilder;

namespace {

/// SAL "Sales": REV (up, target 100, k€, weight 2; August 80, September 90), NPS (range
/// 40–60; September 70), CALLS (up, target 50; last value July: stale); goal G1.
Workbook workbook() {
    return WorkbookBuilder()
        .department("SAL", "Sales")
        .goal(
            "G1", "", "Grow revenue to 100 thousand a month by 31.12.2026",
            {{"department", "SAL"}, {"owner", "Anna"}, {"kpi", "REV"}, {"deadline", "2026-12-31"}})
        .kpi("REV", "Revenue", "SAL", 100.0, {{"unit", "k€"}, {"weight", 2.0}})
        .kpi("NPS", "NPS", "SAL", 40.0, {{"direction", "range"}, {"target_max", 60.0}})
        .kpi("CALLS", "NPS", "SAL", 50.0)
        .actual("REV", "2026-08", 80.0)
        .actual("REV", "2026-09", 90.0)
        .actual("NPS", "2026-09", 70.0)
        .actual("CALLS", "2026-07", 40.0)
        .read();
}

Layout sheet(Language language) {
    static const Workbook w = workbook();
    const Report r = computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), language);
    const Context context(r, texts(), language, {1899, 12, 30}, "2026-10-01 09:00");
    return scorecardSheet(context, r.departments.at(0));
}

/// The cell at an A1 address ("H5").
const Cell& at(const Layout& s, const std::string& address) {
    int col = 0;
    std::size_t i = 0;
    for (; i < address.size() && std::isalpha(static_cast<unsigned char>(address[i])); ++i)
        col = col * 26 + (address[i] - 'A' + 1);
    const std::size_t row = std::stoul(address.substr(i)) - 1;
    static const Cell empty;
    if (row >= s.cells.rows() || static_cast<std::size_t>(col - 1) >= s.cells.cols())
        return empty;
    return s.cells.at(row, static_cast<std::size_t>(col - 1));
}

std::string text(const Layout& s, const std::string& address) {
    const Cell& cell = at(s, address);
    return std::holds_alternative<std::string>(cell) ? std::get<std::string>(cell) : "<not text>";
}

double number(const Layout& s, const std::string& address) {
    const Cell& cell = at(s, address);
    if (!std::holds_alternative<double>(cell))
        ADD_FAILURE() << address << " is not a number";
    return std::holds_alternative<double>(cell) ? std::get<double>(cell) : -999;
}

bool empty(const Layout& s, const std::string& address) {
    return std::holds_alternative<std::monostate>(at(s, address));
}

bool hasFormat(const Layout& s, FormatRange wanted) {
    return std::any_of(s.formats.begin(), s.formats.end(), [&](const FormatRange& f) {
        return f.firstRow == wanted.firstRow && f.firstCol == wanted.firstCol &&
               f.lastRow == wanted.lastRow && f.lastCol == wanted.lastCol &&
               f.format == wanted.format;
    });
}

bool hasFormula(const Layout& s, FormulaColumn wanted) {
    return std::any_of(s.formulas.begin(), s.formulas.end(), [&](const FormulaColumn& f) {
        return f.col == wanted.col && f.firstRow == wanted.firstRow &&
               f.lastRow == wanted.lastRow && f.seed == wanted.seed;
    });
}

} // namespace

TEST(SheetsScorecard, NameTitleAndHeader) {
    const Layout s = sheet(Language::En);
    EXPECT_EQ("scorecard", s.kind);
    EXPECT_EQ("SAL", s.key);
    EXPECT_EQ("Scorecard SAL", s.name);
    EXPECT_EQ("Scorecard: Sales (SAL)", text(s, "A1"));
    EXPECT_EQ("Period 2026-09 · as of 2026-09-30 · generated 2026-10-01 09:00", text(s, "A2"));
    EXPECT_EQ("ID", text(s, "A4"));
    EXPECT_EQ("Actual", text(s, "H4"));
    EXPECT_EQ("Score", text(s, "J4"));
    EXPECT_EQ("Stale: last value", text(s, "S4"));
    EXPECT_EQ(4, s.frozenRows);
    EXPECT_EQ(2, s.frozenCols);
}

TEST(SheetsScorecard, RussianSheet) {
    const Layout s = sheet(Language::Ru);
    EXPECT_EQ("Карта SAL", s.name);
    EXPECT_EQ("Карта показателей: Sales (SAL)", text(s, "A1"));
    EXPECT_EQ("Период 2026-09 · на 30.09.2026 · сформировано 2026-10-01 09:00", text(s, "A2"));
    EXPECT_EQ("Факт", text(s, "H4"));
    EXPECT_EQ("рост", text(s, "D5"));
    EXPECT_EQ("диапазон", text(s, "D6"));
}

TEST(SheetsScorecard, KpiRowHoldsNumbersAsNumbers) {
    // REV: 1 + (90 − 100)/100 = 0.9 → amber (0); change 90 − 80 = 10
    const Layout s = sheet(Language::En);
    EXPECT_EQ("REV", text(s, "A5"));
    EXPECT_EQ("Revenue", text(s, "B5"));
    EXPECT_EQ("k€", text(s, "C5"));
    EXPECT_EQ("up", text(s, "D5"));
    EXPECT_TRUE(empty(s, "E5")); // no baseline
    EXPECT_DOUBLE_EQ(100, number(s, "F5"));
    EXPECT_TRUE(empty(s, "G5")); // no target max
    EXPECT_DOUBLE_EQ(90, number(s, "H5"));
    EXPECT_NEAR(0.9, number(s, "I5"), 1e-12);
    EXPECT_NEAR(0.9, number(s, "J5"), 1e-12);
    EXPECT_DOUBLE_EQ(0, number(s, "K5"));
    EXPECT_DOUBLE_EQ(0.7, number(s, "L5"));
    EXPECT_DOUBLE_EQ(0.95, number(s, "M5"));
    EXPECT_DOUBLE_EQ(80, number(s, "N5"));
    EXPECT_DOUBLE_EQ(10, number(s, "O5"));
    EXPECT_DOUBLE_EQ(2, number(s, "Q5"));
    EXPECT_EQ("2026-09", text(s, "R5"));
    EXPECT_TRUE(empty(s, "S5")); // not stale
}

TEST(SheetsScorecard, StaleKpiHasNoActualNoScoreAndItsLastPeriod) {
    const Layout s = sheet(Language::En);
    EXPECT_EQ("CALLS", text(s, "A7"));
    EXPECT_TRUE(empty(s, "H7"));
    EXPECT_TRUE(empty(s, "I7"));
    EXPECT_TRUE(empty(s, "J7"));
    EXPECT_TRUE(empty(s, "K7"));
    EXPECT_EQ("2026-07", text(s, "S7"));
    EXPECT_TRUE(hasFormat(s, {6, 18, 6, 18, CellFormat::Stale}));
}

TEST(SheetsScorecard, LiveFormulasOverTheRowsOwnCells) {
    const Layout s = sheet(Language::En);
    // column I (8) and J (9): REV on row 5 (index 4), the range NPS on row 6; CALLS none
    EXPECT_TRUE(hasFormula(s, {8, 4, 4, "=KPI.ATTAINMENT(H5;F5;E5;D5)"}));
    EXPECT_TRUE(hasFormula(s, {8, 5, 5, "=KPI.RANGE(H6;F6;G6)"}));
    EXPECT_TRUE(hasFormula(s, {9, 4, 4, "=KPI.SCORE(H5;F5;E5;D5)"}));
    EXPECT_TRUE(hasFormula(s, {9, 5, 5, "=KPI.RANGE(H6;F6;G6)"}));
    // one status seed filled over rows 5–6
    EXPECT_TRUE(hasFormula(s, {10, 4, 5, "=KPI.STATUS(J5;L5;M5)"}));
    for (const FormulaColumn& f : s.formulas)
        EXPECT_FALSE(f.firstRow <= 6 && 6 <= f.lastRow) << f.seed << " reaches the stale row";
}

TEST(SheetsScorecard, DepartmentSummary) {
    // (0.9 · 2 + 0.5 · 1) / 3 = 0.7666… → amber; NPS 1 − 10/20 = 0.5 red, REV amber
    const Layout s = sheet(Language::En);
    EXPECT_EQ("Department score", text(s, "B9"));
    EXPECT_NEAR(2.3 / 3, number(s, "C9"), 1e-12);
    EXPECT_TRUE(hasFormula(s, {2, 8, 8, "=KPI.WEIGHTED($J$5:$J$7;$Q$5:$Q$7)"}));
    EXPECT_DOUBLE_EQ(0, number(s, "C10"));
    EXPECT_TRUE(hasFormula(s, {2, 9, 9, "=KPI.STATUS(C9)"}));
    EXPECT_DOUBLE_EQ(0, number(s, "C11")); // green
    EXPECT_DOUBLE_EQ(1, number(s, "C12")); // amber
    EXPECT_DOUBLE_EQ(1, number(s, "C13")); // red
    EXPECT_EQ("On time: what we provide (last 6 periods)", text(s, "B14"));
    EXPECT_TRUE(empty(s, "C14")); // no requests: no share, not 0
    EXPECT_TRUE(empty(s, "C15"));
}

TEST(SheetsScorecard, GoalsWithSmartMarks) {
    const Layout s = sheet(Language::En);
    EXPECT_EQ("Goals", text(s, "A17"));
    EXPECT_EQ("Goal", text(s, "B18"));
    EXPECT_EQ("S", text(s, "F18"));
    EXPECT_EQ("G1", text(s, "A19"));
    EXPECT_EQ("REV", text(s, "D19"));
    EXPECT_DOUBLE_EQ(46387, number(s, "E19")); // 2026-12-31 counted from 1899-12-30
    // no parent and not a company goal: R is the only letter missing
    EXPECT_DOUBLE_EQ(0, number(s, "I19"));
    EXPECT_DOUBLE_EQ(4, number(s, "K19"));
    EXPECT_EQ("R", text(s, "L19"));
    EXPECT_TRUE(hasFormat(s, {18, 5, 18, 9, CellFormat::Flag}));
    EXPECT_TRUE(hasFormat(s, {18, 4, 18, 4, CellFormat::Date}));
}

TEST(SheetsScorecard, Formats) {
    const Layout s = sheet(Language::En);
    EXPECT_TRUE(hasFormat(s, {0, 0, 0, 0, CellFormat::Title}));
    EXPECT_TRUE(hasFormat(s, {3, 0, 3, 18, CellFormat::Header}));
    EXPECT_TRUE(hasFormat(s, {4, 8, 6, 9, CellFormat::Percent}));
    EXPECT_TRUE(hasFormat(s, {4, 10, 6, 10, CellFormat::Status}));
    EXPECT_TRUE(hasFormat(s, {8, 2, 8, 2, CellFormat::Percent}));
    EXPECT_TRUE(hasFormat(s, {9, 2, 9, 2, CellFormat::Status}));
}
