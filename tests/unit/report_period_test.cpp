// The period a build reports on (DESIGN §3 "default: the latest period that has data"):
// the latest month of a monthly KPI's actuals; other frequencies only decide when there is
// no monthly value; a chosen label wins.
#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"
#include "core/report/ChosenPeriod.hpp"
#include "support/WorkbookBuilder.hpp"

#include <cctype>

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::date;
using concord::test::WorkbookBuilder;

namespace {

long day(int year, int month, int dayOfMonth) {
    return daysFromCivil({year, month, dayOfMonth});
}

/// One KPI of each frequency (K monthly, KW weekly, KQ quarterly, KY yearly) and a monthly
/// request R; the cases add values and deliveries.
WorkbookBuilder kpis() {
    WorkbookBuilder book;
    book.department("SAL", "Sales").department("MKT", "Marketing").kpi("K", "K", "SAL", 1.0);
    for (const char* frequency : {"week", "quarter", "year"}) {
        const std::string id = std::string("K") + static_cast<char>(std::toupper(frequency[0]));
        book.kpi(id, id, "SAL", 1.0, {{"frequency", frequency}});
    }
    return book.request("R", "SAL", "MKT", "x");
}

const long today = day(2027, 3, 15);

/// An Actuals row of KPI K in `period` (the period lists read only the periods).
Actual actual(const Period& period) {
    return Actual{"K", period, 1.0, std::nullopt, "", {}};
}

} // namespace

TEST(ReportPeriod, DefaultIsAMonthChosenFromTheData) {
    const struct {
        const char* situation;
        WorkbookBuilder book;
        const char* period;
    } cases[] = {
        {"latest monthly actual",
         kpis().actual("K", "2026-08", 1.0).actual("K", "2026-09", 1.0).actual("K", "2026-03", 1.0),
         "2026-09"},
        // week 2026-W40 ends on Sunday 4 October, the year 2026 on 31 December: neither
        // moves the report past the latest monthly value
        {"monthly values decide over weeks and years",
         kpis().actual("K", "2026-09", 1.0).actual("KW", "2026-W40", 1.0).actual("KY", "2026", 1.0),
         "2026-09"},
        // no monthly value: the month that holds the latest period end (W40 → 4 October)
        {"only weeks: the month of the latest week's last day",
         kpis().actual("KW", "2026-W39", 1.0).actual("KW", "2026-W40", 1.0), "2026-10"},
        {"only quarters: the quarter's last month", kpis().actual("KQ", "2026-Q2", 1.0), "2026-06"},
        {"no actuals: the latest delivery date",
         kpis()
             .delivery("R", "2026-05", date(2026, 6, 3))
             .delivery("R", "2026-04", date(2026, 4, 9)),
         "2026-06"},
        {"no actuals, a delivery without date: the end of its period",
         kpis().delivery("R", "2026-07", Cell{}), "2026-07"},
        {"no data: the month of today", kpis(), "2027-03"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.situation);
        const Workbook w = c.book.read();
        ASSERT_TRUE(w.problems.empty()) << w.problems.front().id; // every row read
        EXPECT_EQ(c.period, defaultPeriod(w, today).label());
    }
}

TEST(ReportPeriod, ChosenLabelWins) {
    const Workbook w = kpis().actual("K", "2026-09", 1.0).read();
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
