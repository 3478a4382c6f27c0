// Periods of Actuals and Deliveries: a date or a period text, expressed in the frequency of
// the row's KPI or request (the period that contains the date, or the last day of the
// period written); one value per KPI and period.

#include "support/ReaderSupport.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace readertest;

namespace {

// Calc serials from 1899-12-30 (serial 25569 = 1970-01-01 = day 0):
const double sep15 = 46280; // 2026-09-15, Tuesday of ISO week 38 (day 20711)
const double sep30 = 46295; // 2026-09-30, Wednesday of ISO week 40 (46280 + 15)

RawSheet kpiWithFrequency(const std::string& frequency) {
    return sheet("KPIs", {{"ID", "Name", "Department", "Target", "Frequency"},
                          {"K1", "Leads", "S", 100.0, frequency}});
}

} // namespace

TEST(WorkbookReaderPeriods, ActualsPeriodInTheKpisFrequency) {
    struct Case {
        const char* frequency;
        Cell period;
        const char* expected;
    };
    const Case cases[] = {
        // a date: the KPI's period that contains it
        {"month", sep15, "2026-09"},
        {"quarter", sep15, "2026-Q3"},
        {"week", sep15, "2026-W38"},
        {"year", sep15, "2026"},
        {"once", sep15, "once"},
        {"month", sep30 + 0.5, "2026-09"}, // noon of 30 Sep is still September
        // a date written as text
        {"month", "2026-09-15", "2026-09"},
        {"month", "15.09.2026", "2026-09"},
        // a period text: the KPI's period that contains its last day
        {"month", "2026-09", "2026-09"},
        {"month", "2026-Q3", "2026-09"}, // Q3 ends 30 Sep
        {"month", "2026", "2026-12"},
        {"month", 2026.0, "2026-12"}, // a typed 2026 is a number: the year, not a serial
        {"quarter", "2026-08", "2026-Q3"},
        {"quarter", "2026", "2026-Q4"},
        {"week", "2026-09", "2026-W40"}, // 30 Sep 2026 is in week 40 (Mon 28 Sep – Sun 4 Oct)
        {"week", "2026-W38", "2026-W38"},
        {"month", "2026-W53", "2027-01"}, // week 53 ends Sunday 2027-01-03
        {"month", "2026-W01", "2026-01"}, // week 1 ends Sunday 2026-01-04
        {"year", "2026-Q3", "2026"},
        {"once", "2026-09", "once"},
        {"quarter", "3 кв. 2026", "2026-Q3"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(std::string(c.frequency) + " " + textOf(c.period));
        const Workbook workbook =
            read({departments(), kpiWithFrequency(c.frequency),
                  sheet("Actuals", {{"KPI", "Period", "Value"}, {"K1", c.period, 1.0}})});
        EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
        ASSERT_EQ(1u, workbook.actuals.size());
        EXPECT_EQ(c.expected, workbook.actuals[0].period.label());
    }
}

TEST(WorkbookReaderPeriods, DeliveriesPeriodInTheRequestsFrequency) {
    // R1 weekly, R2 monthly (default), R3 quarterly; an empty Delivered on is kept with no
    // date (it is not a delivery); a date is 2026-09-18 = 46280 + 3 = day 20714
    const Workbook workbook =
        read({departments(), kpis(),
              sheet("Requests", {{"ID", "From", "To", "What", "Frequency"},
                                 {"R1", "S", "M", "x", "week"},
                                 {"R2", "S", "M", "y"},
                                 {"R3", "M", "S", "z", "quarter"}}),
              sheet("Deliveries", {{"Request", "Period", "Delivered on", "Note"},
                                   {"R1", sep15, sep15 + 3},
                                   {"R1", "2026-W39", {}, "missed"},
                                   {"R2", "2026-Q3", sep30},
                                   {"R3", "2026-09", sep30},
                                   {"R3", sep15}})});
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    const std::vector<std::string> lines = {
        "dept S|Sales|Anna|parent=|w=2",
        "dept M|Marketing|Boris|parent=S|w=1",
        "kpi K1|Leads|S|||up|base=-|target=100|max=-|amber=-|green=-|w=1|month|goal=",
        "request R1|S>M|x|||week|due=-||not agreed",
        "request R2|S>M|y|||month|due=-||not agreed",
        "request R3|M>S|z|||quarter|due=-||not agreed",
        "delivery R1|2026-W38|2026-09-18|",
        "delivery R1|2026-W39|-|missed",
        "delivery R2|2026-09|2026-09-30|",
        "delivery R3|2026-Q3|2026-09-30|",
        "delivery R3|2026-Q3|-|",
    };
    EXPECT_EQ(lines, describe(workbook));
}

TEST(WorkbookReaderPeriods, SecondValueOfAKpiForOnePeriodIsLeftOut) {
    // K1 is monthly: "2026-09", the date 2026-09-15 and "2026-Q3" (ends 30 Sep) all name
    // 2026-09, so rows 3 and 4 repeat row 2. Row 6 (2026-10) follows a row 5 whose value
    // is bad: the bad row does not count, row 6 is read.
    const Workbook workbook = read({departments(), kpiWithFrequency("month"),
                                    sheet("Actuals", {{"KPI", "Period", "Value"},
                                                      {"K1", "2026-09", 1.0},
                                                      {"K1", sep15, 2.0},
                                                      {"K1", "2026-Q3", 3.0},
                                                      {"K1", "2026-10", "n/a"},
                                                      {"K1", "2026-10", 5.0}})});
    const std::vector<std::string> expected = {
        "Actuals!B3 input.duplicate_actual K1 2026-09 2",
        "Actuals!B4 input.duplicate_actual K1 2026-09 2",
        "Actuals!C5 input.not_a_number n/a",
    };
    EXPECT_EQ(expected, problems(workbook));
    const std::vector<std::string> lines = {
        "actual K1|2026-09|1|plan=-|",
        "actual K1|2026-10|5|plan=-|",
    };
    const std::vector<std::string> all = describe(workbook);
    EXPECT_EQ(lines, std::vector<std::string>(all.end() - 2, all.end()));
}

TEST(WorkbookReaderPeriods, WeeklyValuesOfAQuarterlyKpiCollide) {
    // a quarterly KPI has one value per quarter: two dates in Q3 are one period
    const Workbook workbook = read(
        {departments(), kpiWithFrequency("quarter"),
         sheet("Actuals", {{"KPI", "Period", "Value"}, {"K1", sep15, 1.0}, {"K1", sep30, 2.0}})});
    EXPECT_EQ(std::vector<std::string>{"Actuals!B3 input.duplicate_actual K1 2026-Q3 2"},
              problems(workbook));
}
