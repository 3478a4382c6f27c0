// The requests matrix and the escalations sheet (DESIGN §3): requester rows × provider
// columns with the number of agreed requests and the on-time share of the last 6 periods,
// the diagonal blank; the register of requests; the ladder with its sentences.
#include "core/common/CivilDate.hpp"
#include "core/report/Results.hpp"
#include "core/sheets/Escalations.hpp"
#include "core/sheets/RequestMatrix.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

#include <tuple>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::report;
using namespace concord::core::sheets;
using concord::test::analyser;
using concord::test::texts;
using concord::test::WorkbookBuilder;

namespace {

/// SAL ("Sales") and MKT ("Marketing"); the workbook starts in April (a delivery), so each
/// monthly request has six periods, April … September, due on the 10th.
/// R1 SAL→MKT agreed, on time April … July, then nothing: 4/6, 2 in a row → step 2.
/// R2 SAL→MKT agreed, always on time: 6/6, step 0.
/// R3 MKT→SAL not agreed: step 1.
Workbook workbook() {
    WorkbookBuilder b;
    b.department("SAL", "Sales").department("MKT", "Marketing");
    for (const auto& [id, from, to, agreed] :
         {std::tuple("R1", "SAL", "MKT", "yes"), std::tuple("R2", "SAL", "MKT", "yes"),
          std::tuple("R3", "MKT", "SAL", "no")})
        b.request(id, from, to, std::string("leads ") + id,
                  {{"why", "we call them"}, {"due_day", 10.0}, {"agreed", agreed}});
    auto deliver = [&b](const std::string& id, int month) {
        const std::string period = "2026-0" + std::to_string(month);
        b.delivery(id, period, period + "-03");
    };
    for (int month = 4; month <= 7; ++month)
        deliver("R1", month);
    for (int month = 4; month <= 9; ++month)
        deliver("R2", month);
    return b.read();
}

Report report(Language language) {
    return computeResults(workbook(), {Frequency::Month, 2026, 9}, analyser(), texts(), language);
}

const Cell& at(const Layout& s, std::size_t row, std::size_t col) {
    static const Cell empty;
    return row < s.cells.rows() && col < s.cells.cols() ? s.cells.at(row, col) : empty;
}

Cell text(const char* value) {
    return std::string(value);
}

} // namespace

TEST(SheetsRequests, MatrixOfRequestersAndProviders) {
    const Report r = report(Language::En);
    const Layout s = requestsSheet(Context(r, texts(), Language::En, {1899, 12, 30}, "now"));
    EXPECT_EQ("requests", s.kind);
    EXPECT_EQ("Request matrix", s.name);
    // header: A4 corner, then per provider (Sales, Marketing) two columns
    EXPECT_EQ(text("Sales: agreed"), at(s, 3, 1));
    EXPECT_EQ(text("Sales: on time"), at(s, 3, 2));
    EXPECT_EQ(text("Marketing: agreed"), at(s, 3, 3));
    // row 5 Sales asks Marketing: 2 agreed, (4 + 6) / 12 = 0.8333… on time
    EXPECT_EQ(text("Sales"), at(s, 4, 0));
    EXPECT_EQ(Cell(2.0), at(s, 4, 3));
    EXPECT_NEAR(10.0 / 12.0, std::get<double>(at(s, 4, 4)), 1e-12);
    // row 6 Marketing asks Sales: one request, not agreed: 0 agreed, no share
    EXPECT_EQ(Cell(0.0), at(s, 5, 1));
    EXPECT_EQ(Cell(), at(s, 5, 2));
    // the diagonal is blank
    EXPECT_EQ(Cell(), at(s, 4, 1));
    EXPECT_EQ(Cell(), at(s, 4, 2));
    EXPECT_EQ(Cell(), at(s, 5, 3));
    EXPECT_EQ(Cell(), at(s, 5, 4));
    EXPECT_EQ(4, s.frozenRows);
    EXPECT_EQ(1, s.frozenCols);
}

TEST(SheetsRequests, RegisterOfRequests) {
    const Report r = report(Language::Ru);
    const Layout s = requestsSheet(Context(r, texts(), Language::Ru, {1899, 12, 30}, "now"));
    EXPECT_EQ("Матрица запросов", s.name);
    // matrix rows 5–6, blank row 7, label row 8, header row 9, R1 on row 10
    EXPECT_EQ(text("Реестр запросов"), at(s, 7, 0));
    EXPECT_EQ(text("R1"), at(s, 9, 0));
    EXPECT_EQ(text("месяц"), at(s, 9, 4));
    EXPECT_EQ(Cell(10.0), at(s, 9, 5));
    EXPECT_EQ(text("да"), at(s, 9, 6));
    EXPECT_EQ(Cell(46275.0), at(s, 9, 7)); // due 2026-09-10 counted from 1899-12-30
    EXPECT_EQ(Cell(), at(s, 9, 8));        // nothing delivered
    EXPECT_EQ(text("просрочен"), at(s, 9, 9));
    EXPECT_NEAR(4.0 / 6.0, std::get<double>(at(s, 9, 10)), 1e-12);
    EXPECT_EQ(Cell(2.0), at(s, 9, 11));
    EXPECT_EQ(Cell(2.0), at(s, 9, 12));
    EXPECT_EQ(Cell(2.0), at(s, 9, 13));
    EXPECT_EQ(text("не согласовано"), at(s, 11, 9));
    EXPECT_EQ(Cell(), at(s, 11, 11)); // nothing counted for a request not agreed
}

TEST(SheetsEscalations, LadderHighestStepFirstWithTheSentence) {
    const Report r = report(Language::Ru);
    const Layout s = escalationsSheet(Context(r, texts(), Language::Ru, {1899, 12, 30}, "now"));
    EXPECT_EQ("Эскалации", s.name);
    // R1 step 2 first, then R3 step 1; R2 (step 0) is not listed
    EXPECT_EQ(Cell(2.0), at(s, 4, 0));
    EXPECT_EQ(text("Эскалировать руководству"), at(s, 4, 1));
    EXPECT_EQ(text("R1"), at(s, 4, 2));
    EXPECT_EQ(text("Мы не получаем от отдела «Marketing»: leads R1. Нам это нужно, потому что "
                   "we call them."),
              at(s, 4, 10));
    EXPECT_EQ(Cell(1.0), at(s, 5, 0));
    EXPECT_EQ(text("Договориться напрямую с отделом «Sales»"), at(s, 5, 1));
    EXPECT_EQ(text("не согласовано"), at(s, 5, 7));
    EXPECT_EQ(Cell(), at(s, 5, 10));
    EXPECT_EQ(6u, s.cells.rows());
}
