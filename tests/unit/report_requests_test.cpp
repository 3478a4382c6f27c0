// Requests judged as of the chosen period's last day (DESIGN §2, §3): due dates, on time /
// late / overdue / open, missed_in_a_row, missed_last_4, the on-time share of the last 6
// periods and the escalation ladder 0–3.
#include "core/common/CivilDate.hpp"
#include "core/report/DueDate.hpp"
#include "core/report/RequestResult.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::date;
using concord::test::Fields;
using concord::test::WorkbookBuilder;

namespace {

long day(int year, int month, int dayOfMonth) {
    return daysFromCivil({year, month, dayOfMonth});
}

// As of 2026-09-30 (P = 2026-09); the workbook starts 2026-04-01: six monthly periods,
// April … September.
const long asOf = day(2026, 9, 30);
const long firstDay = day(2026, 4, 1);

/// The cells of request R1 (SAL → MKT, "leads") the tests vary: its Frequency, Due day
/// (none when empty) and Agreed.
struct RequestCells {
    std::string frequency;
    std::optional<int> dueDay;
    bool agreed;
};

RequestCells monthly(std::optional<int> dueDay = 10, bool agreed = true) {
    return {"month", dueDay, agreed};
}

/// A row of Deliveries for R1: the month of 2026 it delivers for and its Delivered on cell
/// (a date, or empty).
struct DeliveryRow {
    int month;
    Cell deliveredOn;
};

DeliveryRow delivery(int month, const Cell& on) {
    return {month, on};
}

/// Deliveries for months → day of delivery in that month (due day 10: ≤ 10 is on time).
std::vector<DeliveryRow> deliveries(const std::map<int, int>& dayByMonth) {
    std::vector<DeliveryRow> rows;
    for (const auto& [month, dayOfMonth] : dayByMonth)
        rows.push_back(delivery(month, date(2026, month, dayOfMonth)));
    return rows;
}

/// R1 and its deliveries written into a workbook (departments SAL and MKT), read, and judged.
RequestResult judge(const RequestCells& request, const std::vector<DeliveryRow>& rows) {
    WorkbookBuilder book;
    book.department("SAL", "Sales").department("MKT", "Marketing");
    Fields cells = {{"frequency", request.frequency}, {"agreed", request.agreed ? "yes" : "no"}};
    if (request.dueDay)
        cells.emplace_back("due_day", static_cast<double>(*request.dueDay));
    book.request("R1", "SAL", "MKT", "leads", cells);
    for (const DeliveryRow& row : rows)
        book.delivery("R1", Period{Frequency::Month, 2026, row.month}.label(), row.deliveredOn);
    const Workbook workbook = book.read();
    EXPECT_TRUE(workbook.problems.empty())
        << "the fixture has " << workbook.problems.size() << " problems";
    std::vector<const Delivery*> pointers;
    for (const Delivery& row : workbook.deliveries)
        pointers.push_back(&row);
    return evaluateRequest(workbook.requests.at(0), pointers, firstDay, asOf);
}

} // namespace

// ---- due dates -------------------------------------------------------------------------

TEST(ReportDueDate, DueDayCountedFromThePeriodsStart) {
    const struct {
        const char* situation;
        Period period;
        std::optional<int> dueDay;
        long due;
    } cases[] = {
        {"month, day 10", {Frequency::Month, 2026, 9}, 10, day(2026, 9, 10)},
        {"month, day 31 clamped to 30 September",
         {Frequency::Month, 2026, 9},
         31,
         day(2026, 9, 30)},
        {"February, day 31 clamped to the 28th", {Frequency::Month, 2026, 2}, 31, day(2026, 2, 28)},
        {"month without due day: its last day",
         {Frequency::Month, 2026, 9},
         std::nullopt,
         day(2026, 9, 30)},
        {"quarter: day 10 of its first month", {Frequency::Quarter, 2026, 3}, 10, day(2026, 7, 10)},
        {"quarter without due day: its last day",
         {Frequency::Quarter, 2026, 3},
         std::nullopt,
         day(2026, 9, 30)},
        {"year: day 15 of January", {Frequency::Year, 2026, 1}, 15, day(2026, 1, 15)},
        // 2026-W40 runs Monday 28 September … Sunday 4 October; weekday 5 = Friday 2 Oct
        {"week, weekday 5", {Frequency::Week, 2026, 40}, 5, day(2026, 10, 2)},
        {"week without due day: Sunday",
         {Frequency::Week, 2026, 40},
         std::nullopt,
         day(2026, 10, 4)},
        {"week, weekday 9 out of range: Sunday", {Frequency::Week, 2026, 40}, 9, day(2026, 10, 4)},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_EQ(c.due, dueDate(c.period, c.dueDay));
    }
}

TEST(ReportDueDate, OnceHasNoDueDate) {
    EXPECT_FALSE(dueDate({Frequency::Once, 0, 1}, 10));
}

// ---- the periods of one request ----------------------------------------------------------

TEST(ReportRequests, PeriodsRunFromTheWorkbooksFirstDayToTheChosenPeriod) {
    const RequestResult report = judge(monthly(), {});
    ASSERT_EQ(6u, report.periods.size());
    EXPECT_EQ("2026-04", report.periods.front().period.label());
    EXPECT_EQ("2026-09", report.periods.back().period.label());
}

TEST(ReportRequests, StateOfThePeriodInP) {
    const struct {
        const char* situation;
        std::vector<DeliveryRow> rows;
        RequestState state;
    } cases[] = {
        {"delivered on the due day", {delivery(9, date(2026, 9, 10))}, RequestState::OnTime},
        {"delivered before the period", {delivery(9, date(2026, 8, 28))}, RequestState::OnTime},
        {"delivered after the due day", {delivery(9, date(2026, 9, 12))}, RequestState::Late},
        {"nothing delivered", {}, RequestState::Overdue},
        {"a row with an empty date is not a delivery",
         {delivery(9, Cell())},
         RequestState::Overdue},
        {"a date after the as-of day is not known yet",
         {delivery(9, date(2026, 10, 2))},
         RequestState::Overdue},
        {"the earliest of two deliveries counts",
         {delivery(9, date(2026, 9, 20)), delivery(9, date(2026, 9, 5))},
         RequestState::OnTime},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.situation);
        const RequestResult report = judge(monthly(), c.rows);
        ASSERT_TRUE(report.status);
        EXPECT_EQ(c.state, *report.status);
    }
}

TEST(ReportRequests, WeekDueAfterTheAsOfDayIsOpenAndNotMissed) {
    // weekly, due Friday; as of Wednesday 30 Sep the week 2026-W40 is due on 2 Oct
    RequestCells weekly = monthly(5);
    weekly.frequency = "week";
    const RequestResult report = judge(weekly, {});
    EXPECT_EQ("2026-W40", report.periods.back().period.label());
    EXPECT_EQ(RequestState::Open, *report.status);
    EXPECT_EQ(0, *report.missedInARow);
    EXPECT_EQ(0, report.ladder);
}

TEST(ReportRequests, OnTimeShareOfTheLastSixPeriods) {
    // April, May, June and August on time; July late (15th), September nothing: 4 / 6
    const RequestResult report =
        judge(monthly(), deliveries({{4, 5}, {5, 9}, {6, 10}, {7, 15}, {8, 1}}));
    ASSERT_TRUE(report.onTime);
    EXPECT_NEAR(4.0 / 6.0, *report.onTime, 1e-12);
}

// ---- missed counts and the ladder ----------------------------------------------------------

struct LadderCase {
    const char* situation;
    std::map<int, int> onTimeOrLate; ///< month → delivery day (due day 10)
    int missedInARow;
    int missedLast4;
    int ladder;
};

TEST(ReportRequests, MissedCountsAndLadderSteps) {
    const LadderCase cases[] = {
        // every month on time: nothing to do
        {"September on time", {{4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}}, 0, 0, 0},
        // September missed once after on-time months: agree directly
        {"first miss", {{4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}}, 1, 1, 1},
        // September late (12th) counts as missed
        {"late is a miss", {{4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 12}}, 1, 1, 1},
        // August and September missed: 2 in a row → escalate
        {"two in a row", {{4, 1}, {5, 1}, {6, 1}, {7, 1}}, 2, 2, 2},
        // June, July missed, August on time, September missed: 1 in a row, 3 of the last 4
        // (June … September) → take over
        {"three of the last four", {{4, 1}, {5, 1}, {8, 1}}, 1, 3, 3},
        // July … September missed: 3 in a row, 3 of the last 4 → take over
        {"three in a row", {{4, 1}, {5, 1}, {6, 1}}, 3, 3, 3},
        // April … August missed, September on time: nothing to do now
        {"missed before, on time now", {{9, 1}}, 0, 3, 0},
    };
    for (const LadderCase& c : cases) {
        SCOPED_TRACE(c.situation);
        const RequestResult report = judge(monthly(), deliveries(c.onTimeOrLate));
        EXPECT_EQ(c.missedInARow, *report.missedInARow);
        EXPECT_EQ(c.missedLast4, *report.missedLast4);
        EXPECT_EQ(c.ladder, report.ladder);
    }
}

TEST(ReportRequests, NotAgreedIsStepOneWithNothingCounted) {
    const RequestResult report = judge(monthly(10, false), deliveries({{9, 1}}));
    EXPECT_EQ(1, report.ladder);
    EXPECT_TRUE(report.periods.empty());
    EXPECT_FALSE(report.status);
    EXPECT_FALSE(report.missedInARow);
    EXPECT_FALSE(report.missedLast4);
    EXPECT_FALSE(report.onTime);
}

TEST(ReportRequests, EmptyDatesAllAlongAreMissesInARow) {
    // rows for every month, none with a date: six misses in a row
    std::vector<DeliveryRow> rows;
    for (int month = 4; month <= 9; ++month)
        rows.push_back(delivery(month, Cell()));
    const RequestResult report = judge(monthly(), rows);
    EXPECT_EQ(6, *report.missedInARow);
    EXPECT_EQ(4, *report.missedLast4);
    EXPECT_EQ(3, report.ladder);
    EXPECT_DOUBLE_EQ(0, *report.onTime);
}

// ---- pooled counts -------------------------------------------------------------------------

TEST(ReportRequests, CountsOfSeveralRequestsAddUp) {
    // 4 of 6 on time plus 6 of 6: (4 + 6) / (6 + 6) = 0.8333…
    OnTimeCount count;
    countOnTime(judge(monthly(), deliveries({{4, 1}, {5, 1}, {6, 1}, {8, 1}})), onTimeWindow,
                count);
    countOnTime(judge(monthly(), deliveries({{4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}})),
                onTimeWindow, count);
    EXPECT_EQ(10, count.onTime);
    EXPECT_EQ(12, count.judged);
    EXPECT_NEAR(10.0 / 12.0, *count.share(), 1e-12);
}

TEST(ReportRequests, NothingJudgedHasNoShare) {
    EXPECT_FALSE(OnTimeCount{}.share());
}
