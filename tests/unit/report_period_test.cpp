// The period a build reports on (DESIGN §3 "default: the latest period that has data"):
// the latest month of a monthly KPI's actuals; other frequencies only decide when there is
// no monthly value; a chosen label wins.
#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"
#include "core/report/ChosenPeriod.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::report;

namespace {

long day(int year, int month, int dayOfMonth) {
    return daysFromCivil({year, month, dayOfMonth});
}

Actual actual(Period period) {
    Actual a;
    a.kpi = "K";
    a.period = period;
    a.value = 1;
    return a;
}

Delivery delivery(Period period, std::optional<long> on) {
    Delivery d;
    d.request = "R";
    d.period = period;
    d.deliveredOn = on;
    return d;
}

const long today = day(2027, 3, 15);

} // namespace

TEST(ReportPeriod, DefaultIsAMonthChosenFromTheData) {
    const struct {
        const char* situation;
        std::vector<Actual> actuals;
        std::vector<Delivery> deliveries;
        const char* period;
    } cases[] = {
        {"latest monthly actual",
         {actual({Frequency::Month, 2026, 8}), actual({Frequency::Month, 2026, 9}),
          actual({Frequency::Month, 2026, 3})},
         {},
         "2026-09"},
        // week 2026-W40 ends on Sunday 4 October, the year 2026 on 31 December: neither
        // moves the report past the latest monthly value
        {"monthly values decide over weeks and years",
         {actual({Frequency::Month, 2026, 9}), actual({Frequency::Week, 2026, 40}),
          actual({Frequency::Year, 2026, 1})},
         {},
         "2026-09"},
        // no monthly value: the month that holds the latest period end (W40 → 4 October)
        {"only weeks: the month of the latest week's last day",
         {actual({Frequency::Week, 2026, 39}), actual({Frequency::Week, 2026, 40})},
         {},
         "2026-10"},
        {"only quarters: the quarter's last month",
         {actual({Frequency::Quarter, 2026, 2})},
         {},
         "2026-06"},
        {"no actuals: the latest delivery date",
         {},
         {delivery({Frequency::Month, 2026, 5}, day(2026, 6, 3)),
          delivery({Frequency::Month, 2026, 4}, day(2026, 4, 9))},
         "2026-06"},
        {"no actuals, a delivery without date: the end of its period",
         {},
         {delivery({Frequency::Month, 2026, 7}, std::nullopt)},
         "2026-07"},
        {"no data: the month of today", {}, {}, "2027-03"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.situation);
        Workbook w;
        w.actuals = c.actuals;
        w.deliveries = c.deliveries;
        EXPECT_EQ(c.period, defaultPeriod(w, today).label());
    }
}

TEST(ReportPeriod, ChosenLabelWins) {
    Workbook w;
    w.actuals = {actual({Frequency::Month, 2026, 9})};
    EXPECT_EQ("2026-Q2", choosePeriod(w, std::string("2026-Q2"), today).label());
    EXPECT_EQ("2026-09", choosePeriod(w, std::string("  "), today).label());
    EXPECT_EQ("2026-09", choosePeriod(w, std::nullopt, today).label());
}

TEST(ReportPeriod, LabelThatIsNoPeriodIsAnError) {
    try {
        choosePeriod(Workbook{}, std::string("September"), today);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ("build.period_invalid", error.id());
        EXPECT_EQ("September", error.value());
    }
}

TEST(ReportPeriod, LabelsToPickFromAreTheActualsPeriodsLatestFirst) {
    // last days: 2026-08 → 31 Aug, 2026-Q3 and 2026-09 → 30 Sep (same day: table order),
    // 2026-W36 (Mon 31 Aug – Sun 6 Sep) → 6 Sep; 2026-08 twice is listed once. The default
    // period (2026-09, the latest monthly actual) is among them: nothing added.
    Workbook workbook;
    workbook.actuals = {actual({Frequency::Month, 2026, 8}), actual({Frequency::Quarter, 2026, 3}),
                        actual({Frequency::Month, 2026, 9}), actual({Frequency::Month, 2026, 8}),
                        actual({Frequency::Week, 2026, 36})};
    EXPECT_EQ((std::vector<std::string>{"2026-Q3", "2026-09", "2026-W36", "2026-08"}),
              periodLabels(workbook, today));
}

TEST(ReportPeriod, LabelsStartWithTheDefaultPeriodWhenNoActualHasIt) {
    // only a quarter: the default is its last month, 2026-06, put first
    Workbook quarters;
    quarters.actuals = {actual({Frequency::Quarter, 2026, 2})};
    EXPECT_EQ((std::vector<std::string>{"2026-06", "2026-Q2"}), periodLabels(quarters, today));
    // nothing at all: the month of today (15 March 2027) alone
    EXPECT_EQ((std::vector<std::string>{"2027-03"}), periodLabels(Workbook{}, today));
}
