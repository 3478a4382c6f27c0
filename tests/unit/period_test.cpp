#include "core/common/CivilDate.hpp"
#include "core/model/Period.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace core = concord::core;
using concord::core::common::CivilDate;
using concord::core::model::Frequency;
using concord::core::model::Period;

namespace {

long day(int year, int month, int dayOfMonth) {
    return core::common::daysFromCivil({year, month, dayOfMonth});
}

std::string text(const std::optional<Period>& period) {
    return period ? period->label() : "(none)";
}

} // namespace

// --- the period that contains a day ---------------------------------------------------

TEST(Period, ContainingDayGivesItsPeriodWithFirstAndLastDay) {
    struct Case {
        Frequency frequency;
        CivilDate date;
        Period expected;
        CivilDate first;
        CivilDate last;
    };
    const Case cases[] = {
        // 2026-01-01 is a Thursday, so ISO week 1 of 2026 runs Mon 2025-12-29 … Sun 2026-01-04
        {Frequency::Week, {2026, 1, 1}, {Frequency::Week, 2026, 1}, {2025, 12, 29}, {2026, 1, 4}},
        {Frequency::Week, {2025, 12, 29}, {Frequency::Week, 2026, 1}, {2025, 12, 29}, {2026, 1, 4}},
        // the Sunday before is the last day of 2025-W52 (2025 has 52 weeks: 1 Jan a Wednesday)
        {Frequency::Week,
         {2025, 12, 28},
         {Frequency::Week, 2025, 52},
         {2025, 12, 22},
         {2025, 12, 28}},
        // 2026 starts on a Thursday, so it has 53 weeks; W53 runs Mon 12-28 … Sun 2027-01-03
        {Frequency::Week, {2027, 1, 3}, {Frequency::Week, 2026, 53}, {2026, 12, 28}, {2027, 1, 3}},
        // Monday 2024-12-30 is in week 1 of 2025 (its Thursday is 2025-01-02)
        {Frequency::Week, {2024, 12, 30}, {Frequency::Week, 2025, 1}, {2024, 12, 30}, {2025, 1, 5}},
        // Wed 2026-02-11: Mondays of 2026 weeks 1…7 are 12-29, 1-5, 1-12, 1-19, 1-26, 2-2, 2-9
        {Frequency::Week, {2026, 2, 11}, {Frequency::Week, 2026, 7}, {2026, 2, 9}, {2026, 2, 15}},
        {Frequency::Month, {2026, 9, 15}, {Frequency::Month, 2026, 9}, {2026, 9, 1}, {2026, 9, 30}},
        {Frequency::Month, {2024, 2, 29}, {Frequency::Month, 2024, 2}, {2024, 2, 1}, {2024, 2, 29}},
        {Frequency::Month,
         {2026, 12, 31},
         {Frequency::Month, 2026, 12},
         {2026, 12, 1},
         {2026, 12, 31}},
        {Frequency::Quarter,
         {2026, 9, 30},
         {Frequency::Quarter, 2026, 3},
         {2026, 7, 1},
         {2026, 9, 30}},
        {Frequency::Quarter,
         {2026, 10, 1},
         {Frequency::Quarter, 2026, 4},
         {2026, 10, 1},
         {2026, 12, 31}},
        {Frequency::Quarter,
         {2026, 1, 1},
         {Frequency::Quarter, 2026, 1},
         {2026, 1, 1},
         {2026, 3, 31}},
        {Frequency::Year, {2026, 6, 15}, {Frequency::Year, 2026, 1}, {2026, 1, 1}, {2026, 12, 31}},
        // once: the whole time line Calc can show
        {Frequency::Once, {2026, 6, 15}, {Frequency::Once, 0, 1}, {1, 1, 1}, {9999, 12, 31}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(::testing::PrintToString(c.date) + " " + c.expected.label());
        const Period period = Period::containing(c.frequency, core::common::daysFromCivil(c.date));
        EXPECT_EQ(c.expected, period);
        EXPECT_EQ(c.first, core::common::civilFromDays(period.firstDay()));
        EXPECT_EQ(c.last, core::common::civilFromDays(period.lastDay()));
    }
}

TEST(Period, EveryDayLiesInItsPeriodAndTheDayAfterInTheNext) {
    // definition: for each day of 2019-12-01 … 2028-01-31 and each frequency except once,
    // first ≤ day ≤ last, and the day after the last day belongs to next()
    const Frequency frequencies[] = {Frequency::Week, Frequency::Month, Frequency::Quarter,
                                     Frequency::Year};
    for (const Frequency frequency : frequencies)
        for (long d = day(2019, 12, 1); d <= day(2028, 1, 31); ++d) {
            const Period period = Period::containing(frequency, d);
            ASSERT_LE(period.firstDay(), d) << period.label();
            ASSERT_GE(period.lastDay(), d) << period.label();
            ASSERT_EQ(period.next(), Period::containing(frequency, period.lastDay() + 1))
                << period.label();
            ASSERT_EQ(period, period.next().previous()) << period.label();
        }
}

// --- previous and next ---------------------------------------------------------------

TEST(Period, PreviousAndNextCrossYearEnds) {
    struct Case {
        Period period;
        const char* previous;
        const char* next;
    };
    const Case cases[] = {
        {{Frequency::Month, 2026, 1}, "2025-12", "2026-02"},
        {{Frequency::Month, 2026, 12}, "2026-11", "2027-01"},
        {{Frequency::Quarter, 2026, 1}, "2025-Q4", "2026-Q2"},
        {{Frequency::Quarter, 2026, 4}, "2026-Q3", "2027-Q1"},
        {{Frequency::Year, 2026, 1}, "2025", "2027"},
        // 2025 has 52 ISO weeks, 2026 has 53
        {{Frequency::Week, 2026, 1}, "2025-W52", "2026-W02"},
        {{Frequency::Week, 2026, 53}, "2026-W52", "2027-W01"},
        {{Frequency::Week, 2027, 1}, "2026-W53", "2027-W02"},
        // once has neither: both are the period itself
        {{Frequency::Once, 0, 1}, "once", "once"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.period.label());
        EXPECT_EQ(c.previous, c.period.previous().label());
        EXPECT_EQ(c.next, c.period.next().label());
    }
}

// --- labels ---------------------------------------------------------------------------

TEST(Period, LabelIsLanguageNeutral) {
    struct Case {
        Period period;
        const char* label;
    };
    const Case cases[] = {
        {{Frequency::Week, 2026, 7}, "2026-W07"},   {{Frequency::Week, 2026, 53}, "2026-W53"},
        {{Frequency::Month, 2026, 9}, "2026-09"},   {{Frequency::Month, 2026, 12}, "2026-12"},
        {{Frequency::Quarter, 2026, 3}, "2026-Q3"}, {{Frequency::Year, 2026, 1}, "2026"},
        {{Frequency::Year, 987, 1}, "0987"},        {{Frequency::Once, 0, 1}, "once"},
    };
    for (const Case& c : cases)
        EXPECT_EQ(c.label, c.period.label());
}

// --- parsing --------------------------------------------------------------------------

TEST(Period, ParsesMonthQuarterWeekAndYearTexts) {
    struct Case {
        const char* text;
        Period expected;
    };
    const Case cases[] = {
        {"2026-09", {Frequency::Month, 2026, 9}},
        {"2026-9", {Frequency::Month, 2026, 9}},
        {"  2026-09  ", {Frequency::Month, 2026, 9}},
        {"2026/09", {Frequency::Month, 2026, 9}},
        {"09.2026", {Frequency::Month, 2026, 9}},
        {"12/2026", {Frequency::Month, 2026, 12}},
        {"2026-Q3", {Frequency::Quarter, 2026, 3}},
        {"2026-q3", {Frequency::Quarter, 2026, 3}},
        {"2026Q3", {Frequency::Quarter, 2026, 3}},
        {"Q3 2026", {Frequency::Quarter, 2026, 3}},
        {"q3-2026", {Frequency::Quarter, 2026, 3}},
        {"2026 Q3", {Frequency::Quarter, 2026, 3}},
        {"2026-К3", {Frequency::Quarter, 2026, 3}}, // Cyrillic capital К (квартал)
        {"2026-к3", {Frequency::Quarter, 2026, 3}},
        {"3 кв. 2026", {Frequency::Quarter, 2026, 3}},
        {"3 КВ 2026", {Frequency::Quarter, 2026, 3}},
        {"3 квартал 2026", {Frequency::Quarter, 2026, 3}},
        {"2026-W07", {Frequency::Week, 2026, 7}},
        {"2026-w7", {Frequency::Week, 2026, 7}},
        {"2026W07", {Frequency::Week, 2026, 7}},
        {"W07 2026", {Frequency::Week, 2026, 7}},
        {"2026-W53", {Frequency::Week, 2026, 53}}, // 2026 has 53 ISO weeks
        {"7 нед. 2026", {Frequency::Week, 2026, 7}},
        {"2026", {Frequency::Year, 2026, 1}},
        {" 2026 ", {Frequency::Year, 2026, 1}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.text);
        const std::optional<Period> period = Period::parse(c.text);
        ASSERT_TRUE(period.has_value());
        EXPECT_EQ(c.expected, *period);
    }
}

TEST(Period, RejectsTextsThatAreNoPeriod) {
    const char* const cases[] = {
        "",         "   ",      "abc",        "2026-13",   "2026-00", "2026-Q5",
        "2026-Q0",  "2025-W53", // 2025 has 52 ISO weeks
        "2026-W00", "26-09",    "2026-09-15", "20261",     "0000",    "Q3",
        "2026-X3",  "2026 Q",   "Q 2026",     "2026-Q3-1", "10000",   "2026-123",
    };
    for (const char* c : cases)
        EXPECT_EQ("(none)", text(Period::parse(c))) << "'" << c << "'";
}

TEST(Period, LabelParsesBackToThePeriod) {
    // definition: parse(label()) is the period itself for every period kind
    const Period periods[] = {{Frequency::Week, 2026, 1},
                              {Frequency::Week, 2026, 53},
                              {Frequency::Month, 2026, 1},
                              {Frequency::Quarter, 2026, 4},
                              {Frequency::Year, 2026, 1}};
    for (const Period& period : periods)
        EXPECT_EQ(period.label(), text(Period::parse(period.label())));
}
