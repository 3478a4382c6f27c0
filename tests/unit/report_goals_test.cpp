// SMART per goal in the generator (DESIGN §4): evidence from the Goals and KPIs rows (KPI
// with target, deadline, owner, a parent that exists, company level, baseline) and the
// extra A rule — a target not far beyond what the KPI's history makes plausible.
#include "core/common/CivilDate.hpp"
#include "core/report/GoalResult.hpp"
#include "core/report/Plausibility.hpp"
#include "core/report/Results.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::analyser;
using concord::test::texts;

namespace {

long day(int year, int month, int dayOfMonth) {
    return daysFromCivil({year, month, dayOfMonth});
}

Kpi revenue(double target, std::optional<double> baseline = 100) {
    Kpi k;
    k.id = "REV";
    k.name = "Revenue";
    k.department = "SAL";
    k.target = target;
    k.baseline = baseline;
    return k;
}

/// July 100, August 110, September 120 (value at the last day of each month).
std::vector<Actual> history() {
    std::vector<Actual> rows;
    for (int month = 7; month <= 9; ++month) {
        Actual a;
        a.kpi = "REV";
        a.period = {Frequency::Month, 2026, month};
        a.value = 100 + 10 * (month - 7);
        rows.push_back(a);
    }
    return rows;
}

std::vector<const Actual*> pointers(const std::vector<Actual>& rows) {
    std::vector<const Actual*> out;
    for (const Actual& row : rows)
        out.push_back(&row);
    return out;
}

Goal goal(const std::string& text) {
    Goal g;
    g.id = "G2";
    g.level = Level::Department;
    g.department = "SAL";
    g.owner = "Anna";
    g.parent = "G1";
    g.text = text;
    g.kpi = "REV";
    g.deadline = day(2026, 12, 31);
    return g;
}

} // namespace

// ---- the history rule --------------------------------------------------------------------

TEST(ReportPlausibility, ReachIsTheBestValueOrTheTrendAtTheDeadline) {
    // least squares through (31 Jul, 100), (31 Aug, 110), (30 Sep, 120): x = 0, 31, 61 days,
    // slope 610 / (5582/3) = 0.327839… per day; at 31 Dec (x = 153):
    // 110 + 0.327839 · (153 − 92/3) = 150.1057
    const std::vector<Actual> rows = history();
    const auto verdict = judgePlausibility(Direction::Up, 300, pointers(rows), day(2026, 12, 31));
    ASSERT_TRUE(verdict);
    EXPECT_NEAR(150.1056968828377, verdict->reach, 1e-9);
    // 300 ≤ 2 · 150.1057 = 300.21: plausible
    EXPECT_TRUE(verdict->plausible);
}

TEST(ReportPlausibility, Cases) {
    const std::vector<Actual> rows = history();
    const struct {
        const char* situation;
        Direction direction;
        double target;
        std::optional<long> deadline;
        bool judged;
        bool plausible;
    } cases[] = {
        // reach 150.1057: 350 > 300.21
        {"up, more than twice the reach", Direction::Up, 350, day(2026, 12, 31), true, false},
        // without deadline the reach is the best value 120: 250 > 240
        {"up, no deadline: twice the best value", Direction::Up, 250, std::nullopt, true, false},
        {"up, within twice the best value", Direction::Up, 240, std::nullopt, true, true},
        // down: best is the lowest, 100; trend at the deadline 150 is worse; 40 < 100 / 2
        {"down, less than half the best", Direction::Down, 40, day(2026, 12, 31), true, false},
        {"down, half the best", Direction::Down, 50, day(2026, 12, 31), true, true},
        {"range: no verdict", Direction::Range, 1000, std::nullopt, false, false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.situation);
        const auto verdict = judgePlausibility(c.direction, c.target, pointers(rows), c.deadline);
        ASSERT_EQ(c.judged, verdict.has_value());
        if (verdict) {
            EXPECT_EQ(c.plausible, verdict->plausible);
        }
    }
}

TEST(ReportPlausibility, FewerThanThreeValuesSayNothing) {
    std::vector<Actual> rows = history();
    rows.pop_back();
    EXPECT_FALSE(judgePlausibility(Direction::Up, 1e6, pointers(rows), std::nullopt));
}

// ---- evidence from the rows ----------------------------------------------------------------

TEST(ReportGoals, CompleteGoalMeetsAllFive) {
    const Kpi kpi = revenue(150);
    const std::vector<Actual> rows = history();
    const GoalResult report =
        evaluateGoal(goal("Grow monthly revenue to 150 thousand by 31.12.2026"), &kpi, true,
                     pointers(rows), analyser(), texts());
    ASSERT_TRUE(report.smart);
    EXPECT_EQ(5, report.smart->score()) << report.smart->missing();
    EXPECT_EQ("REV", report.kpi);
}

TEST(ReportGoals, ParentThatDoesNotExistIsNotRelevant) {
    const Kpi kpi = revenue(150);
    const GoalResult report =
        evaluateGoal(goal("Grow monthly revenue to 150 thousand by 31.12.2026"), &kpi, false, {},
                     analyser(), texts());
    EXPECT_FALSE(report.smart->r);
}

TEST(ReportGoals, CompanyGoalNeedsNoParent) {
    Goal g = goal("Grow monthly revenue to 150 thousand by 31.12.2026");
    g.level = Level::Company;
    g.parent.clear();
    const Kpi kpi = revenue(150);
    EXPECT_TRUE(evaluateGoal(g, &kpi, false, {}, analyser(), texts()).smart->r);
}

TEST(ReportGoals, ImplausibleTargetFailsAAndTheHintSaysWhy) {
    // target 350 is 3.5 × the baseline 100 (within the 4 × of §4) but more than twice the
    // reach 150.11 of the history
    const Kpi kpi = revenue(350);
    const std::vector<Actual> rows = history();
    const GoalResult report =
        evaluateGoal(goal("Grow monthly revenue to 350 thousand by 31.12.2026"), &kpi, true,
                     pointers(rows), analyser(), texts());
    EXPECT_FALSE(report.smart->a);
    EXPECT_EQ("A", report.smart->missing());
    EXPECT_EQ("The target 350 is more than twice the best that Revenue has reached or is on "
              "course to reach by the deadline (150.11); set a target its history makes "
              "plausible, or add the plan that gets there.",
              report.smart->hint);
}

TEST(ReportGoals, HintInTheGoalsLanguage) {
    const Kpi kpi = revenue(350);
    const std::vector<Actual> rows = history();
    const GoalResult report =
        evaluateGoal(goal("Увеличить выручку до 350 тыс. рублей в месяц к 31.12.2026"), &kpi, true,
                     pointers(rows), analyser(), texts());
    EXPECT_FALSE(report.smart->a);
    EXPECT_EQ("Целевое значение 350 более чем вдвое выше лучшего, чего показатель «Revenue» "
              "достиг или достигнет к сроку по тренду (150,11); поставьте цель, правдоподобную "
              "по его истории, или добавьте план, как её достичь.",
              report.smart->hint);
}

TEST(ReportGoals, WithoutKpiThereIsNoHistoryVerdict) {
    Goal g = goal("Grow monthly revenue to 350 thousand by 31.12.2026");
    g.kpi.clear();
    const GoalResult report = evaluateGoal(g, nullptr, true, {}, analyser(), texts());
    EXPECT_FALSE(report.plausibility);
    EXPECT_EQ("", report.kpi);
}

TEST(ReportGoals, KpiFoundThroughItsGoalColumn) {
    // the goal names no KPI, but KPI REV names the goal in its Goal column
    Workbook w;
    Department sal;
    sal.code = "SAL";
    w.departments = {sal};
    Kpi kpi = revenue(150);
    kpi.goal = "G2";
    w.kpis = {kpi};
    Goal g = goal("Grow monthly revenue to 150 thousand by 31.12.2026");
    g.kpi.clear();
    w.goals = {g};
    const Report r =
        computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), Language::En);
    EXPECT_EQ("REV", r.goals.at(0).kpi);
    EXPECT_EQ(std::vector<std::size_t>{0}, r.departments.at(0).goals);
}
