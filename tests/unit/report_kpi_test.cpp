// One KPI in the chosen period (DESIGN §3 "How the numbers are made"): the actual of the
// KPI's own period, the target (plan or KPI), attainment / score / status per §4 with
// baseline, direction and thresholds, range KPIs, previous and change, stale KPIs, pace.
#include "core/common/CivilDate.hpp"
#include "core/report/KpiResult.hpp"

#include <gtest/gtest.h>

#include <vector>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;

namespace {

long day(int year, int month, int dayOfMonth) {
    return daysFromCivil({year, month, dayOfMonth});
}

const Period september{Frequency::Month, 2026, 9};

Kpi kpi(Direction direction, double target, std::optional<double> baseline = std::nullopt) {
    Kpi k;
    k.id = "K1";
    k.name = "Revenue";
    k.department = "SAL";
    k.direction = direction;
    k.target = target;
    k.baseline = baseline;
    return k;
}

Actual actual(const Period& period, double value, std::optional<double> plan = std::nullopt) {
    Actual a;
    a.kpi = "K1";
    a.period = period;
    a.value = value;
    a.target = plan;
    return a;
}

std::vector<const Actual*> pointers(const std::vector<Actual>& rows) {
    std::vector<const Actual*> out;
    for (const Actual& row : rows)
        out.push_back(&row);
    return out;
}

KpiResult evaluate(const Kpi& k, const std::vector<Actual>& rows,
                   std::optional<long> deadline = std::nullopt) {
    return evaluateKpi(k, pointers(rows), deadline, september);
}

} // namespace

// ---- attainment, score and status ------------------------------------------------------

struct JudgeCase {
    const char* situation;
    Direction direction;
    double target;
    std::optional<double> baseline;
    std::optional<double> targetMax;
    double actual;
    double attainment;
    double score;
    Status status;
};

TEST(ReportKpi, AttainmentScoreAndStatusFollowDesignSection4) {
    const JudgeCase cases[] = {
        // up, no baseline: 1 + (90 − 100)/100 = 0.9; 0.7 ≤ 0.9 < 0.95 → amber
        {"up without baseline", Direction::Up, 100, std::nullopt, std::nullopt, 90, 0.9, 0.9,
         Status::Amber},
        // up, baseline 50: (90 − 50)/(100 − 50) = 0.8 → amber
        {"up with baseline", Direction::Up, 100, 50, std::nullopt, 90, 0.8, 0.8, Status::Amber},
        // up above target: 1 + 30/100 = 1.3, score capped at 1.2 → green
        {"up above target is capped", Direction::Up, 100, std::nullopt, std::nullopt, 130, 1.3, 1.2,
         Status::Green},
        // up far below: 1 + (−20 − 100)/100 = −0.2, score floored at 0 → red
        {"up below zero is floored", Direction::Up, 100, std::nullopt, std::nullopt, -20, -0.2, 0,
         Status::Red},
        // lower is better, no baseline: 1 − (8 − 10)/10 = 1.2 → green
        {"down without baseline", Direction::Down, 10, std::nullopt, std::nullopt, 8, 1.2, 1.2,
         Status::Green},
        // lower is better, baseline 20: (14 − 20)/(10 − 20) = 0.6 → red
        {"down with baseline", Direction::Down, 10, 20, std::nullopt, 14, 0.6, 0.6, Status::Red},
        // baseline 0 is "not given" as in KPI.ATTAINMENT: 1 − (8 − 10)/10 = 1.2
        {"down with baseline 0", Direction::Down, 10, 0, std::nullopt, 8, 1.2, 1.2, Status::Green},
        // range [40; 60], inside → 1 → green
        {"range inside", Direction::Range, 40, std::nullopt, 60, 50, 1, 1, Status::Green},
        // range [40; 60], 70 is 10 above, tolerance 60 − 40 = 20: 1 − 10/20 = 0.5 → red
        {"range outside", Direction::Range, 40, std::nullopt, 60, 70, 0.5, 0.5, Status::Red},
    };
    for (const JudgeCase& c : cases) {
        SCOPED_TRACE(c.situation);
        Kpi k = kpi(c.direction, c.target, c.baseline);
        k.targetMax = c.targetMax;
        const KpiResult report = evaluate(k, {actual(september, c.actual)});
        ASSERT_TRUE(report.actual);
        EXPECT_DOUBLE_EQ(c.actual, *report.actual);
        ASSERT_TRUE(report.attainment);
        EXPECT_NEAR(c.attainment, *report.attainment, 1e-12);
        ASSERT_TRUE(report.score);
        EXPECT_NEAR(c.score, *report.score, 1e-12);
        ASSERT_TRUE(report.status);
        EXPECT_EQ(c.status, *report.status);
        EXPECT_FALSE(report.stale);
    }
}

TEST(ReportKpi, PlanOfTheActualsRowOverridesTheKpiTarget) {
    // KPI target 100, plan for September 120, actual 108: 1 + (108 − 120)/120 = 0.9 → amber
    // (against the KPI's 100 it would be 1.08 → green).
    const KpiResult report = evaluate(kpi(Direction::Up, 100), {actual(september, 108, 120)});
    EXPECT_DOUBLE_EQ(120, report.target);
    EXPECT_TRUE(report.planTarget);
    EXPECT_NEAR(0.9, *report.attainment, 1e-12);
    EXPECT_EQ(Status::Amber, *report.status);
}

TEST(ReportKpi, WithoutPlanTheKpiTargetCounts) {
    // 1 + (108 − 100)/100 = 1.08 → green
    const KpiResult report = evaluate(kpi(Direction::Up, 100), {actual(september, 108)});
    EXPECT_DOUBLE_EQ(100, report.target);
    EXPECT_FALSE(report.planTarget);
    EXPECT_NEAR(1.08, *report.attainment, 1e-12);
}

TEST(ReportKpi, OwnThresholdsDecideTheStatus) {
    // 0.6 is red by the defaults (0.7 / 0.95) but amber with Amber from 0.5, Green from 0.8
    Kpi k = kpi(Direction::Up, 100);
    k.amberFrom = 0.5;
    k.greenFrom = 0.8;
    const KpiResult report = evaluate(k, {actual(september, 60)});
    EXPECT_DOUBLE_EQ(0.5, report.amberFrom);
    EXPECT_DOUBLE_EQ(0.8, report.greenFrom);
    EXPECT_EQ(Status::Amber, *report.status);
}

TEST(ReportKpi, DefaultThresholdsWhenNotGiven) {
    const KpiResult report = evaluate(kpi(Direction::Up, 100), {actual(september, 60)});
    EXPECT_DOUBLE_EQ(0.7, report.amberFrom);
    EXPECT_DOUBLE_EQ(0.95, report.greenFrom);
    EXPECT_EQ(Status::Red, *report.status);
}

TEST(ReportKpi, NumbersTheMathRejectsGiveNoScoreRatherThanZero) {
    const struct {
        const char* situation;
        Kpi kpi;
    } cases[] = {
        {"target 0 without baseline", kpi(Direction::Up, 0)},
        {"target equal to baseline", kpi(Direction::Up, 50, 50)},
        // down, but target 100 above baseline 50 says up
        {"direction contradicts baseline", kpi(Direction::Down, 100, 50)},
        {"range without target max", kpi(Direction::Range, 40)},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.situation);
        const KpiResult report = evaluate(c.kpi, {actual(september, 70)});
        EXPECT_TRUE(report.actual);
        EXPECT_FALSE(report.attainment);
        EXPECT_FALSE(report.score);
        EXPECT_FALSE(report.status);
        EXPECT_FALSE(report.stale);
    }
}

// ---- periods: previous, change, stale --------------------------------------------------

TEST(ReportKpi, PreviousIsThePeriodBeforeAndChangeTheDifference) {
    // August 80, September 90: previous 80, change 90 − 80 = 10
    const KpiResult report = evaluate(
        kpi(Direction::Up, 100), {actual({Frequency::Month, 2026, 8}, 80), actual(september, 90)});
    EXPECT_DOUBLE_EQ(80, *report.previous);
    EXPECT_DOUBLE_EQ(10, *report.change);
}

TEST(ReportKpi, ChangeOfTypedDecimalsHasNoBinaryNoise) {
    // August 11.7, September 11.9: 11.9 − 11.7 in doubles is 0.20000000000000107; the
    // change shown is the typed difference 0.2 (the same double as the literal 0.2)
    const KpiResult report =
        evaluate(kpi(Direction::Up, 100),
                 {actual({Frequency::Month, 2026, 8}, 11.7), actual(september, 11.9)});
    EXPECT_NE(0.2, 11.9 - 11.7);
    EXPECT_EQ(0.2, *report.change);
}

TEST(ReportKpi, WithoutPreviousThereIsNoChange) {
    const KpiResult report = evaluate(kpi(Direction::Up, 100), {actual(september, 90)});
    EXPECT_FALSE(report.previous);
    EXPECT_FALSE(report.change);
}

TEST(ReportKpi, QuarterlyKpiReadsTheQuarterThatHoldsThePeriodsLastDay) {
    // P = 2026-09, last day 30 Sep → 2026-Q3; previous 2026-Q2
    Kpi k = kpi(Direction::Up, 100);
    k.frequency = Frequency::Quarter;
    const KpiResult report = evaluate(
        k, {actual({Frequency::Quarter, 2026, 2}, 70), actual({Frequency::Quarter, 2026, 3}, 95)});
    EXPECT_EQ("2026-Q3", report.period.label());
    EXPECT_DOUBLE_EQ(95, *report.actual);
    EXPECT_DOUBLE_EQ(70, *report.previous);
}

TEST(ReportKpi, NoActualForItsPeriodMakesItStaleWithThePeriodOfItsLastValue) {
    // values for June and July only; P = September
    const KpiResult report =
        evaluate(kpi(Direction::Up, 100), {actual({Frequency::Month, 2026, 6}, 60),
                                           actual({Frequency::Month, 2026, 7}, 75)});
    EXPECT_TRUE(report.stale);
    EXPECT_FALSE(report.actual);
    EXPECT_FALSE(report.attainment);
    EXPECT_FALSE(report.score);
    EXPECT_FALSE(report.status);
    ASSERT_TRUE(report.lastPeriod);
    EXPECT_EQ("2026-07", report.lastPeriod->label());
    EXPECT_DOUBLE_EQ(75, *report.lastValue);
}

TEST(ReportKpi, NoValueAtAllIsStaleWithoutLastPeriod) {
    const KpiResult report = evaluate(kpi(Direction::Up, 100), {});
    EXPECT_TRUE(report.stale);
    EXPECT_FALSE(report.lastPeriod);
}

TEST(ReportKpi, ValuesAfterTheChosenPeriodAreNotItsLastValue) {
    const KpiResult report =
        evaluate(kpi(Direction::Up, 100), {actual({Frequency::Month, 2026, 10}, 99)});
    EXPECT_TRUE(report.stale);
    EXPECT_FALSE(report.lastPeriod);
}

// ---- pace ------------------------------------------------------------------------------

TEST(ReportKpi, PaceAgainstTheGoalDeadline) {
    // baseline 100, target 200, values from January (start 2026-01-01), deadline
    // 2026-12-31, today = 2026-09-30: e = 272/364; September 170:
    // (170 − 100) / ((200 − 100) · 272/364) = 70 · 364 / 27200 = 0.936764705882…
    std::vector<Actual> rows;
    for (int month = 1; month <= 9; ++month)
        rows.push_back(actual({Frequency::Month, 2026, month}, month == 9 ? 170 : 100 + month));
    const KpiResult report = evaluate(kpi(Direction::Up, 200, 100), rows, day(2026, 12, 31));
    ASSERT_TRUE(report.pace);
    EXPECT_NEAR(0.936764705882353, *report.pace, 1e-12);
}

TEST(ReportKpi, NoPaceWhereItMeansNothing) {
    const std::vector<Actual> rows = {actual({Frequency::Month, 2026, 1}, 5), actual(september, 8)};
    Kpi range = kpi(Direction::Range, 40);
    range.targetMax = 60;
    const struct {
        const char* situation;
        Kpi kpi;
        std::optional<long> deadline;
    } cases[] = {
        {"no goal deadline", kpi(Direction::Up, 10), std::nullopt},
        {"range KPI", range, day(2026, 12, 31)},
        {"lower is better without baseline", kpi(Direction::Down, 4), day(2026, 12, 31)},
        {"deadline before the first value", kpi(Direction::Up, 10), day(2025, 12, 1)},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_FALSE(evaluate(c.kpi, rows, c.deadline).pace);
    }
}

TEST(ReportKpi, DeadlineOfTheKpisGoalOrOfTheGoalNamingIt) {
    Goal named;
    named.id = "G1";
    named.deadline = day(2026, 12, 31);
    Goal naming;
    naming.id = "G2";
    naming.kpi = "K1";
    naming.deadline = day(2027, 6, 30);
    Kpi k = kpi(Direction::Up, 10);
    EXPECT_EQ(day(2027, 6, 30), kpiGoalDeadline(k, {named, naming}));
    k.goal = "G1";
    EXPECT_EQ(day(2026, 12, 31), kpiGoalDeadline(k, {named, naming}));
    k.goal = "G9";
    k.id = "K9";
    EXPECT_FALSE(kpiGoalDeadline(k, {named, naming}));
}
