// History (DESIGN §3 "Periodic"): P and the 11 periods before it of P's kind, each computed
// by the same rules as a build of that period: the company's and each department's score
// and status, each KPI's actual, attainment and status; empty where not computable.
#include "core/report/History.hpp"
#include "core/report/Results.hpp"
#include "support/HistoryWorkbook.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::analyser;
using concord::test::historyPeriod;
using concord::test::historyReport;
using concord::test::historyWorkbook;
using concord::test::texts;

namespace {

// Positions of the three data months in the 12 periods 2025-04 … 2026-03.
constexpr std::size_t january = 9;
constexpr std::size_t february = 10;
constexpr std::size_t march = 11;

constexpr std::size_t sal = 0;
constexpr std::size_t ops = 1;
constexpr std::size_t rev = 0;
constexpr std::size_t nps = 1;
constexpr std::size_t lead = 0;

void expectScore(const ScorePoint& point, std::optional<double> score,
                 std::optional<Status> status) {
    ASSERT_EQ(score.has_value(), point.score.has_value());
    if (score) {
        EXPECT_NEAR(*score, *point.score, 1e-12);
    }
    EXPECT_EQ(status, point.status);
}

void expectKpi(const KpiPoint& point, std::optional<double> actual,
               std::optional<double> attainment, std::optional<Status> status) {
    EXPECT_EQ(actual, point.actual);
    ASSERT_EQ(attainment.has_value(), point.attainment.has_value());
    if (attainment) {
        EXPECT_NEAR(*attainment, *point.attainment, 1e-12);
    }
    EXPECT_EQ(status, point.status);
}

} // namespace

// ---- the periods ----

TEST(ReportHistory, TwelveMonthsOldestFirstEndingAtP) {
    const History h = *historyReport().history;
    ASSERT_EQ(12u, h.periods.size());
    EXPECT_EQ("2025-04", h.periods.front().label());
    EXPECT_EQ("2025-12", h.periods[8].label());
    EXPECT_EQ("2026-01", h.periods[january].label());
    EXPECT_EQ("2026-03", h.periods.back().label());
    ASSERT_EQ(2u, h.departments.size());
    EXPECT_EQ(12u, h.company.size());
    EXPECT_EQ(12u, h.departments[sal].scores.size());
    ASSERT_EQ(2u, h.departments[sal].kpis.size());
    EXPECT_EQ(12u, h.departments[sal].kpis[nps].size());
}

TEST(ReportHistory, QuarterlyPeriodHasQuarterlyHistory) {
    // P = 2026-Q1: the 11 quarters before it go back to 2023-Q2.
    const Report r = computeResults(historyWorkbook(), {Frequency::Quarter, 2026, 1}, analyser(),
                                    texts(), Language::En);
    const History h = computeHistory(historyWorkbook(), r);
    ASSERT_EQ(12u, h.periods.size());
    EXPECT_EQ("2023-Q2", h.periods.front().label());
    EXPECT_EQ("2025-Q4", h.periods[10].label());
    EXPECT_EQ("2026-Q1", h.periods.back().label());
}

// ---- the hand-worked values ----

TEST(ReportHistory, KpiWithAValueEachMonth) {
    // REV up, target 100: January 1 + (80 − 100)/100 = 0.8 → amber (0.7 ≤ 0.8 < 0.95);
    // March 100 → 1.0 → green.
    const History h = *historyReport().history;
    const auto& points = h.departments[sal].kpis[rev];
    expectKpi(points[january], 80.0, 0.8, Status::Amber);
    expectKpi(points[march], 100.0, 1.0, Status::Green);
}

TEST(ReportHistory, StaleKpiIsNullInItsMonth) {
    // REV has no February value: actual, attainment and status null, never 0.
    const History h = *historyReport().history;
    expectKpi(h.departments[sal].kpis[rev][february], std::nullopt, std::nullopt, std::nullopt);
    // and nothing before the data starts
    expectKpi(h.departments[sal].kpis[rev][0], std::nullopt, std::nullopt, std::nullopt);
}

TEST(ReportHistory, QuarterlyKpiInsideMonthlyPeriods) {
    // NPS quarterly: each of January, February and March ends inside 2026-Q1, so each reads
    // the Q1 value 45: 1 + (45 − 50)/50 = 0.9 → amber. December 2025 ends in 2025-Q4, which
    // has no value: null.
    const History h = *historyReport().history;
    const auto& points = h.departments[sal].kpis[nps];
    for (std::size_t month : {january, february, march}) {
        SCOPED_TRACE(month);
        expectKpi(points[month], 45.0, 0.9, Status::Amber);
    }
    expectKpi(points[8], std::nullopt, std::nullopt, std::nullopt);
}

TEST(ReportHistory, DepartmentScoreLeavesTheStaleKpiOut) {
    // SAL = (REV · 2 + NPS · 1) / (2 + 1) over the KPIs with a score:
    // January (0.8 · 2 + 0.9) / 3 = 2.5 / 3 = 0.8333… → amber;
    // February only NPS: 0.9 → amber (REV stale, not counted as 0: that would be 0.3);
    // March (1.0 · 2 + 0.9) / 3 = 2.9 / 3 = 0.9666… → green.
    const History h = *historyReport().history;
    const auto& scores = h.departments[sal].scores;
    expectScore(scores[january], 2.5 / 3, Status::Amber);
    expectScore(scores[february], 0.9, Status::Amber);
    expectScore(scores[march], 2.9 / 3, Status::Green);
    expectScore(scores[8], std::nullopt, std::nullopt);
}

TEST(ReportHistory, DepartmentWithNoDataInAMonthHasNoScoreThen) {
    // OPS LEAD down, target 10: January 1 − (12 − 10)/10 = 0.8 → amber; February no value:
    // no KPI score, so no department score; March 1 − (9 − 10)/10 = 1.1 → green.
    const History h = *historyReport().history;
    const auto& scores = h.departments[ops].scores;
    expectScore(scores[january], 0.8, Status::Amber);
    expectScore(scores[february], std::nullopt, std::nullopt);
    expectScore(scores[march], 1.1, Status::Green);
    expectKpi(h.departments[ops].kpis[lead][february], std::nullopt, std::nullopt, std::nullopt);
    expectKpi(h.departments[ops].kpis[lead][march], 9.0, 1.1, Status::Green);
}

TEST(ReportHistory, CompanyScoreOfTheDepartmentsThatHaveOne) {
    // weights 1 and 1: January (0.8333… + 0.8) / 2 = 0.81666… → amber; February only SAL
    // 0.9 → amber; March (0.9666… + 1.1) / 2 = 1.03333… → green; before January no
    // department has a score: null.
    const History h = *historyReport().history;
    expectScore(h.company[january], (2.5 / 3 + 0.8) / 2, Status::Amber);
    expectScore(h.company[february], 0.9, Status::Amber);
    expectScore(h.company[march], (2.9 / 3 + 1.1) / 2, Status::Green);
    for (std::size_t i = 0; i < january; ++i)
        expectScore(h.company[i], std::nullopt, std::nullopt);
}

// ---- each value equals a build of its period ----

TEST(ReportHistory, EachValueEqualsABuildForThatPeriod) {
    // Definition: the history entry of period i is what computeResults gives for period i;
    // P − 1 (February) is the case the issue names, every other period is checked alike.
    const Report chosen = historyReport();
    const History& h = *chosen.history;
    EXPECT_EQ(historyPeriod().previous(), h.periods[february]);
    for (std::size_t i = 0; i < h.periods.size(); ++i) {
        SCOPED_TRACE(h.periods[i].label());
        const Report build =
            computeResults(historyWorkbook(), h.periods[i], analyser(), texts(), Language::En);
        EXPECT_EQ(build.company.score, h.company[i].score);
        EXPECT_EQ(build.company.status, h.company[i].status);
        for (std::size_t d = 0; d < build.departments.size(); ++d) {
            const DepartmentResult& department = build.departments[d];
            EXPECT_EQ(department.score, h.departments[d].scores[i].score);
            EXPECT_EQ(department.status, h.departments[d].scores[i].status);
            for (std::size_t k = 0; k < department.kpis.size(); ++k) {
                EXPECT_EQ(department.kpis[k].actual, h.departments[d].kpis[k][i].actual);
                EXPECT_EQ(department.kpis[k].attainment, h.departments[d].kpis[k][i].attainment);
                EXPECT_EQ(department.kpis[k].status, h.departments[d].kpis[k][i].status);
            }
        }
    }
}

TEST(ReportHistory, FebruaryBuildReadsAsTheHistorySays) {
    // The same in numbers: a build for 2026-02 gives SAL 0.9, OPS none, company 0.9.
    const Report february = computeResults(historyWorkbook(), historyPeriod().previous(),
                                           analyser(), texts(), Language::En);
    EXPECT_NEAR(0.9, *february.departments[sal].score, 1e-12);
    EXPECT_FALSE(february.departments[ops].score);
    EXPECT_NEAR(0.9, *february.company.score, 1e-12);
}
