// The company sheet (DESIGN §3): one row per department (score, status, counts, on-time
// out and in, weight), the company's weighted score, and the company goals with their KPIs.
#include "core/common/CivilDate.hpp"
#include "core/report/Results.hpp"
#include "core/sheets/Company.hpp"
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

/// X (weight 1): KX scores 1.0; Y (weight 3): KY scores 0.7; Z (weight 5): no KPI.
/// Company goal G0 measured by KX.
Workbook workbook() {
    return WorkbookBuilder()
        .department("X", "Dept X", {{"weight", 1.0}})
        .department("Y", "Dept Y", {{"weight", 3.0}})
        .department("Z", "Dept Z", {{"weight", 5.0}})
        .goal("G0", "company", "Reach 100 by 2027", {{"kpi", "KX"}})
        .kpi("KX", "KPI KX", "X", 100.0)
        .kpi("KY", "KPI KY", "Y", 100.0)
        .actual("KX", "2026-09", 100.0)
        .actual("KY", "2026-09", 70.0)
        .read();
}

Layout sheet(Language language) {
    static const Workbook w = workbook();
    const Report r = computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), language);
    const Context context(r, texts(), language, {1899, 12, 30}, "now");
    return companySheet(context);
}

const Cell& at(const Layout& s, std::size_t row, std::size_t col) {
    static const Cell empty;
    return row < s.cells.rows() && col < s.cells.cols() ? s.cells.at(row, col) : empty;
}

bool hasFormula(const Layout& s, FormulaColumn wanted) {
    return std::any_of(s.formulas.begin(), s.formulas.end(), [&](const FormulaColumn& f) {
        return f.col == wanted.col && f.firstRow == wanted.firstRow &&
               f.lastRow == wanted.lastRow && f.seed == wanted.seed;
    });
}

} // namespace

TEST(SheetsCompany, OneRowPerDepartment) {
    const Layout s = sheet(Language::En);
    EXPECT_EQ("company", s.kind);
    EXPECT_EQ("Company", s.name);
    EXPECT_EQ(Cell(std::string("Company scorecard")), at(s, 0, 0));
    EXPECT_EQ(Cell(std::string("Score")), at(s, 3, 2));
    // row 5: X scores 1.0, green (1); row 6: Y 0.7 amber (0); row 7: Z no score, no status
    EXPECT_EQ(Cell(std::string("X")), at(s, 4, 0));
    EXPECT_EQ(Cell(1.0), at(s, 4, 2));
    EXPECT_EQ(Cell(1.0), at(s, 4, 3));
    EXPECT_EQ(Cell(1.0), at(s, 4, 4)); // one green KPI
    EXPECT_EQ(Cell(0.7), at(s, 5, 2));
    EXPECT_EQ(Cell(0.0), at(s, 5, 3));
    EXPECT_EQ(Cell(), at(s, 6, 2));
    EXPECT_EQ(Cell(), at(s, 6, 3));
    EXPECT_EQ(Cell(5.0), at(s, 6, 9)); // weight
    EXPECT_EQ(4, s.frozenRows);
}

TEST(SheetsCompany, StatusFormulasOnlyWhereThereIsAScore) {
    const Layout s = sheet(Language::En);
    EXPECT_TRUE(hasFormula(s, {3, 4, 5, "=KPI.STATUS(C5)"}));
    for (const FormulaColumn& f : s.formulas)
        EXPECT_FALSE(f.col == 3 && f.lastRow >= 6 && f.firstRow <= 6) << f.seed;
}

TEST(SheetsCompany, CompanyScoreIsTheWeightedMeanOfDepartmentScores) {
    // (1.0 · 1 + 0.7 · 3) / (1 + 3) = 0.775 → amber; Z (weight 5) has no score
    const Layout s = sheet(Language::En);
    EXPECT_EQ(Cell(std::string("Company score")), at(s, 8, 1));
    EXPECT_NEAR(0.775, std::get<double>(at(s, 8, 2)), 1e-12);
    EXPECT_TRUE(hasFormula(s, {2, 8, 8, "=KPI.WEIGHTED($C$5:$C$7;$J$5:$J$7)"}));
    EXPECT_EQ(Cell(0.0), at(s, 9, 2));
    EXPECT_TRUE(hasFormula(s, {2, 9, 9, "=KPI.STATUS(C9)"}));
}

TEST(SheetsCompany, CompanyGoalsWithTheirKpis) {
    const Layout s = sheet(Language::Ru);
    EXPECT_EQ("Компания", s.name);
    EXPECT_EQ(Cell(std::string("Цели компании")), at(s, 11, 0));
    EXPECT_EQ(Cell(std::string("G0")), at(s, 13, 0));
    EXPECT_EQ(Cell(std::string("KX")), at(s, 13, 2));
    EXPECT_EQ(Cell(std::string("Dept X")), at(s, 13, 4));
    EXPECT_EQ(Cell(100.0), at(s, 13, 5)); // target
    EXPECT_EQ(Cell(100.0), at(s, 13, 6)); // actual
    EXPECT_EQ(Cell(1.0), at(s, 13, 7));   // score
}
