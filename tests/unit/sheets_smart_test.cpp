// The SMART sheet (DESIGN §3): one row per goal with S, M, A, R, T marks (1/0), score 0–5,
// the missing letters and the hint in the goal's own language.
#include "core/report/Results.hpp"
#include "core/sheets/Smart.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::report;
using namespace concord::core::sheets;
using concord::test::analyser;
using concord::test::date;
using concord::test::texts;
using concord::test::WorkbookBuilder;

namespace {

const Cell& at(const Layout& s, std::size_t row, std::size_t col) {
    static const Cell empty;
    return row < s.cells.rows() && col < s.cells.cols() ? s.cells.at(row, col) : empty;
}

} // namespace

TEST(SheetsSmart, OneRowPerGoal) {
    // the reader leaves out a goal whose department is unknown: MKT is defined for G1
    const Workbook w = WorkbookBuilder()
                           .department("MKT", "Marketing")
                           .goal("G0", "company", "Reach revenue of 10 million by 31.12.2027",
                                 {{"owner", "CEO"}, {"deadline", date(2027, 12, 31)}})
                           .goal("G1", "department", "повышение качества",
                                 {{"department", "MKT"}, {"parent", "G0"}})
                           .read();
    ASSERT_EQ(2u, w.goals.size());
    const Report r =
        computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), Language::En);
    const Layout s = smartSheet(Context(r, texts(), Language::En, {1899, 12, 30}, "now"));
    EXPECT_EQ("smart", s.kind);
    EXPECT_EQ("SMART", s.name);
    EXPECT_EQ(Cell(std::string("S")), at(s, 2, 8));
    EXPECT_EQ(Cell(std::string("Hint")), at(s, 2, 15));
    // G0: a number (S, M), a known target in the text (A), owner of a company goal (R), a
    // date (T): 5
    EXPECT_EQ(Cell(std::string("G0")), at(s, 3, 0));
    EXPECT_EQ(Cell(std::string("company")), at(s, 3, 1));
    for (std::size_t col = 8; col <= 12; ++col)
        EXPECT_EQ(Cell(1.0), at(s, 3, col)) << col;
    EXPECT_EQ(Cell(5.0), at(s, 3, 13));
    // G1: abstract, no number, no owner, no deadline: 0, all letters missing, hint in Russian
    EXPECT_EQ(Cell(std::string("department")), at(s, 4, 1));
    EXPECT_EQ(Cell(0.0), at(s, 4, 8));
    EXPECT_EQ(Cell(0.0), at(s, 4, 13));
    EXPECT_EQ(Cell(std::string("S,M,A,R,T")), at(s, 4, 14));
    const Cell& hint = at(s, 4, 15);
    ASSERT_TRUE(std::holds_alternative<std::string>(hint));
    EXPECT_NE(std::string::npos, std::get<std::string>(hint).find("\xD0")) << "Cyrillic";
    EXPECT_EQ(3, s.frozenRows);
}
