// SMART per goal in the generator (DESIGN §4): evidence from the Goals and KPIs rows (KPI
// with target, deadline, owner, a parent that exists, company level, baseline) and the
// extra A rule — a target not far beyond what the KPI's history makes plausible.
#include "core/common/CivilDate.hpp"
#include "core/report/GoalResult.hpp"
#include "core/report/Plausibility.hpp"
#include "core/report/Results.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::analyser;
using concord::test::date;
using concord::test::Fields;
using concord::test::texts;
using concord::test::WorkbookBuilder;

namespace {

long day(int year, int month, int dayOfMonth) {
    return daysFromCivil({year, month, dayOfMonth});
}

/// Sales (SAL) with KPI REV "Revenue" (baseline 100) and the company goal G1 that G2
/// (goalCells) sits under.
WorkbookBuilder sales(double target) {
    WorkbookBuilder book;
    book.department("SAL", "Sales")
        .kpi("REV", "Revenue", "SAL", target, {{"baseline", 100.0}})
        .goal("G1", "company", "Double the company's revenue by 31.12.2026");
    return book;
}

/// REV's history: July 100, August 110, September 120 (value at the last day of each month).
WorkbookBuilder& withHistory(WorkbookBuilder& book) {
    for (int month = 7; month <= 9; ++month)
        book.actual("REV", Period{Frequency::Month, 2026, month}.label(), 100.0 + 10 * (month - 7));
    return book;
}

/// The workbook as the reader gives it; the set-up itself must raise no input problem.
Workbook readClean(const WorkbookBuilder& book) {
    Workbook w = book.read();
    EXPECT_TRUE(w.problems.empty()) << "the fixture has " << w.problems.size() << " problems";
    return w;
}

/// Goal G2's cells but its level and text: SAL's, owner Anna, under parent (none when
/// empty), measured by kpi (none when empty), deadline 31.12.2026.
Fields goalCells(const std::string& parent = "G1", const std::string& kpi = "REV") {
    Fields cells = {{"department", "SAL"}, {"owner", "Anna"}, {"deadline", date(2026, 12, 31)}};
    if (!parent.empty())
        cells.emplace_back("parent", parent);
    if (!kpi.empty())
        cells.emplace_back("kpi", kpi);
    return cells;
}

/// Goal G2 of SAL (goalCells) with text, in sales(target) with REV's history when asked.
Workbook salesGoal(double target, const std::string& text, bool withValues) {
    WorkbookBuilder book = sales(target);
    if (withValues)
        withHistory(book);
    book.goal("G2", "department", text, goalCells());
    return readClean(book);
}

/// REV's history as read: July 100, August 110, September 120.
std::vector<Actual> history() {
    WorkbookBuilder book = sales(150);
    return readClean(withHistory(book)).actuals;
}

std::vector<const Actual*> pointers(const std::vector<Actual>& rows) {
    std::vector<const Actual*> out;
    for (const Actual& row : rows)
        out.push_back(&row);
    return out;
}

const Goal& goalG2(const Workbook& w) {
    for (const Goal& g : w.goals)
        if (g.id == "G2")
            return g;
    throw std::runtime_error("the fixture has no goal G2");
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
    const Workbook w = salesGoal(150, "Grow monthly revenue to 150 thousand by 31.12.2026", true);
    const GoalResult report =
        evaluateGoal(goalG2(w), &w.kpis.at(0), true, pointers(w.actuals), analyser(), texts());
    ASSERT_TRUE(report.smart);
    EXPECT_EQ(5, report.smart->score()) << report.smart->missing();
    EXPECT_EQ("REV", report.kpi);
}

TEST(ReportGoals, ParentThatDoesNotExistIsNotRelevant) {
    const Workbook w = salesGoal(150, "Grow monthly revenue to 150 thousand by 31.12.2026", false);
    const GoalResult report =
        evaluateGoal(goalG2(w), &w.kpis.at(0), false, {}, analyser(), texts());
    EXPECT_FALSE(report.smart->r);
}

TEST(ReportGoals, CompanyGoalNeedsNoParent) {
    WorkbookBuilder book = sales(150);
    book.goal("G2", "company", "Grow monthly revenue to 150 thousand by 31.12.2026", goalCells(""));
    const Workbook w = readClean(book);
    EXPECT_TRUE(evaluateGoal(goalG2(w), &w.kpis.at(0), false, {}, analyser(), texts()).smart->r);
}

TEST(ReportGoals, ImplausibleTargetFailsAAndTheHintSaysWhy) {
    // target 350 is 3.5 × the baseline 100 (within the 4 × of §4) but more than twice the
    // reach 150.11 of the history
    const Workbook w = salesGoal(350, "Grow monthly revenue to 350 thousand by 31.12.2026", true);
    const GoalResult report =
        evaluateGoal(goalG2(w), &w.kpis.at(0), true, pointers(w.actuals), analyser(), texts());
    EXPECT_FALSE(report.smart->a);
    EXPECT_EQ("A", report.smart->missing());
    EXPECT_EQ("The target 350 is more than twice the best that Revenue has reached or is on "
              "course to reach by the deadline (150.11); set a target its history makes "
              "plausible, or add the plan that gets there.",
              report.smart->hint);
}

TEST(ReportGoals, HintInTheGoalsLanguage) {
    const Workbook w =
        salesGoal(350, "Увеличить выручку до 350 тыс. рублей в месяц к 31.12.2026", true);
    const GoalResult report =
        evaluateGoal(goalG2(w), &w.kpis.at(0), true, pointers(w.actuals), analyser(), texts());
    EXPECT_FALSE(report.smart->a);
    EXPECT_EQ("Целевое значение 350 более чем вдвое выше лучшего, чего показатель «Revenue» "
              "достиг или достигнет к сроку по тренду (150,11); поставьте цель, правдоподобную "
              "по его истории, или добавьте план, как её достичь.",
              report.smart->hint);
}

TEST(ReportGoals, WithoutKpiThereIsNoHistoryVerdict) {
    WorkbookBuilder book = sales(350);
    book.goal("G2", "department", "Grow monthly revenue to 350 thousand by 31.12.2026",
              goalCells("G1", ""));
    const Workbook w = readClean(book);
    const GoalResult report = evaluateGoal(goalG2(w), nullptr, true, {}, analyser(), texts());
    EXPECT_FALSE(report.plausibility);
    EXPECT_EQ("", report.kpi);
}

TEST(ReportGoals, KpiFoundThroughItsGoalColumn) {
    // the goal names no KPI, but KPI REV names the goal in its Goal column
    // (G2 under no goal here: the reader keeps a goal only when its parent is there, and a
    // G1 would come first in r.goals)
    const Workbook w = readClean(
        WorkbookBuilder()
            .department("SAL", "Sales")
            .kpi("REV", "Revenue", "SAL", 150.0, {{"baseline", 100.0}, {"goal", "G2"}})
            .goal("G2", "department", "Grow monthly revenue to 150 thousand by 31.12.2026",
                  goalCells("", "")));
    const Report r =
        computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), Language::En);
    EXPECT_EQ("REV", r.goals.at(0).kpi);
    EXPECT_EQ(std::vector<std::size_t>{0}, r.departments.at(0).goals);
}
