#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <sstream>

namespace core = concord::core;
using concord::core::common::CivilDate;
using concord::core::common::Error;

namespace {

void expectError(const std::function<void()>& call, const char* id, const char* what) {
    try {
        call();
        ADD_FAILURE() << "no Error thrown";
    } catch (const Error& e) {
        EXPECT_EQ(id, e.id());
        EXPECT_STREQ(what, e.what());
    }
}

} // namespace

TEST(CivilDate, DaysFromCivilCountsFromUnixEpoch) {
    struct Case {
        CivilDate date;
        long days;
    };
    const Case cases[] = {
        {{1970, 1, 1}, 0},        {{1970, 1, 2}, 1},
        {{1969, 12, 31}, -1},     {{2000, 1, 1}, 10957}, // 30·365 + 7 leap days (1972…1996) = 10957
        {{2000, 2, 29}, 11016}, // 10957 + 31 + 28 (2000 is a leap year: 29 Feb exists)
        {{2000, 3, 1}, 11017},  // 10957 + 31 + 29
        {{2026, 1, 1}, 20454},  // 10957 + 26·365 + 7 leap days (2000…2024) = 20454
        {{1900, 3, 1}, -25508}, // −(70·365 + 17 leap days 1904…1968) + 31 + 28 (1900 not leap)
        {{1899, 12, 30}, -25569}, // the Calc null date: serial 25569 is 1970-01-01
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(::testing::PrintToString(c.date));
        EXPECT_EQ(c.days, core::common::daysFromCivil(c.date));
        EXPECT_EQ(c.date, core::common::civilFromDays(c.days));
    }
}

TEST(CivilDate, ConsecutiveDayNumbersAreConsecutiveDates) {
    // definition: walking 1600-01-01 … 2400-12-31 one calendar day at a time, each day's
    // number is one more than the previous one and converts back to the same date
    CivilDate date{1600, 1, 1};
    long days = core::common::daysFromCivil(date);
    EXPECT_EQ(-135140, days); // 1600…1969: 370·365 + 90 leap days = 135140 before the epoch
    while (date.year <= 2400) {
        ASSERT_EQ(date, core::common::civilFromDays(days));
        ASSERT_EQ(days, core::common::daysFromCivil(date));
        ++days;
        if (++date.day > core::common::daysInMonth(date.year, date.month)) {
            date.day = 1;
            if (++date.month > 12) {
                date.month = 1;
                ++date.year;
            }
        }
    }
}

TEST(CivilDate, DaysInMonthKnowsLeapYears) {
    struct Case {
        int year;
        int month;
        int days;
    };
    const Case cases[] = {
        {2026, 1, 31}, {2026, 4, 30}, {2026, 12, 31}, {2024, 2, 29}, // divisible by 4
        {2023, 2, 28},                                               // not divisible by 4
        {1900, 2, 28},                                               // century not divisible by 400
        {2000, 2, 29},                                               // divisible by 400
        {2100, 2, 28},                                               // century not divisible by 400
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(std::to_string(c.year) + "-" + std::to_string(c.month));
        EXPECT_EQ(c.days, core::common::daysInMonth(c.year, c.month));
    }
}

TEST(CivilDate, AddMonthsClampedToMonthEnd) {
    struct Case {
        const char* situation;
        CivilDate date;
        int months;
        int day;
        CivilDate expected;
    };
    const Case cases[] = {
        {"same day next month", {2026, 1, 15}, 1, 15, {2026, 2, 15}},
        {"31 Jan + 1 month, common year", {2026, 1, 31}, 1, 31, {2026, 2, 28}},
        {"31 Jan + 1 month, leap year", {2024, 1, 31}, 1, 31, {2024, 2, 29}},
        {"30 Nov + 3 months, day 31", {2026, 11, 30}, 3, 31, {2027, 2, 28}},
        {"year-end roll", {2026, 11, 5}, 2, 5, {2027, 1, 5}},
        {"December + 1", {2026, 12, 31}, 1, 31, {2027, 1, 31}},
        {"other day than date's", {2026, 1, 10}, 1, 25, {2026, 2, 25}},
        {"back one month", {2026, 3, 31}, -1, 31, {2026, 2, 28}},
        {"back over year end", {2026, 1, 10}, -1, 10, {2025, 12, 10}},
        {"back 13 months", {2026, 1, 10}, -13, 10, {2024, 12, 10}},
        {"two years on", {2026, 1, 10}, 24, 31, {2028, 1, 31}},
        {"zero months clamps only", {2026, 4, 15}, 0, 31, {2026, 4, 30}},
        {"back over year 0 (proleptic)", {0, 1, 10}, -1, 10, {-1, 12, 10}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_EQ(c.expected, core::common::addMonthsClamped(c.date, c.months, c.day));
    }
}

TEST(CivilDate, InvalidDatesThrowError) {
    expectError([] { core::common::daysInMonth(2026, 13); }, "date.month_out_of_range",
                "[date.month_out_of_range] month is not 1-12: 13");
    expectError([] { core::common::daysInMonth(2026, 0); }, "date.month_out_of_range",
                "[date.month_out_of_range] month is not 1-12: 0");
    expectError(
        [] {
            core::common::daysFromCivil({2026, 13, 1});
        },
        "date.month_out_of_range", "[date.month_out_of_range] month is not 1-12: 13");
    expectError(
        [] {
            core::common::daysFromCivil({2026, 2, 29});
        },
        "date.day_out_of_range", "[date.day_out_of_range] day is outside the month: 29");
    expectError(
        [] {
            core::common::daysFromCivil({2026, 1, 0});
        },
        "date.day_out_of_range", "[date.day_out_of_range] day is outside the month: 0");
    expectError(
        [] {
            core::common::addMonthsClamped({2026, 1, 1}, 1, 0);
        },
        "date.day_out_of_range", "[date.day_out_of_range] day is outside the month: 0");
    expectError(
        [] {
            core::common::addMonthsClamped({2026, 1, 1}, 1, 32);
        },
        "date.day_out_of_range", "[date.day_out_of_range] day is outside the month: 32");
}

TEST(CivilDate, PrintsAsIso8601) {
    struct Case {
        CivilDate date;
        const char* text;
    };
    const Case cases[] = {
        {{2026, 2, 8}, "2026-02-08"}, // month and day padded to 2 digits
        {{2026, 12, 31}, "2026-12-31"},
        {{999, 1, 1}, "0999-01-01"}, // year padded to 4 digits
        {{-1, 3, 1}, "-0001-03-01"}, // proleptic year −1 (2 BC)
    };
    for (const Case& c : cases) {
        std::ostringstream out;
        out << c.date;
        EXPECT_EQ(c.text, out.str());
    }
}
