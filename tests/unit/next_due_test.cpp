#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"
#include "core/report/NextDue.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace core = concord::core;
using concord::core::common::CivilDate;
using concord::core::common::Error;
using concord::core::model::Frequency;

namespace {

struct Case {
    const char* situation;
    Frequency frequency;
    CivilDate last;
    std::optional<int> dueDay;
    CivilDate expected;
};

/// Day numbers are daysFromCivil's (tested in civil_date_test.cpp); dates keep rows readable.
void expectAll(const std::initializer_list<Case>& cases) {
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        const long next =
            core::report::nextDue(c.frequency, core::common::daysFromCivil(c.last), c.dueDay);
        EXPECT_EQ(c.expected, core::common::civilFromDays(next));
    }
}

const std::nullopt_t none = std::nullopt;

} // namespace

TEST(NextDue, WeekAddsSevenDays) {
    expectAll({
        {"inside a month", Frequency::Week, {2026, 1, 1}, none, {2026, 1, 8}},
        {"over month end", Frequency::Week, {2026, 1, 28}, none, {2026, 2, 4}},
        {"over year end", Frequency::Week, {2026, 12, 28}, none, {2027, 1, 4}},
        {"due day does not move it", Frequency::Week, {2026, 1, 1}, 3, {2026, 1, 8}},
    });
}

TEST(NextDue, MonthGoesToDueDayOfNextMonth) {
    expectAll({
        {"last's day by default", Frequency::Month, {2026, 1, 15}, none, {2026, 2, 15}},
        {"31 Jan → 28 Feb", Frequency::Month, {2026, 1, 31}, none, {2026, 2, 28}},
        {"31 Jan → 29 Feb in a leap year", Frequency::Month, {2024, 1, 31}, none, {2024, 2, 29}},
        {"given due day", Frequency::Month, {2026, 1, 10}, 25, {2026, 2, 25}},
        {"due day 31 clamped", Frequency::Month, {2026, 1, 5}, 31, {2026, 2, 28}},
        {"due day 31 in a 31-day month", Frequency::Month, {2026, 2, 28}, 31, {2026, 3, 31}},
        {"default day after clamping stays", Frequency::Month, {2026, 2, 28}, none, {2026, 3, 28}},
        {"year-end roll", Frequency::Month, {2026, 12, 5}, none, {2027, 1, 5}},
    });
}

TEST(NextDue, QuarterGoesThreeMonthsOn) {
    expectAll({
        {"last's day by default", Frequency::Quarter, {2026, 1, 15}, none, {2026, 4, 15}},
        {"30 Nov, day 31 → 28 Feb", Frequency::Quarter, {2026, 11, 30}, 31, {2027, 2, 28}},
        {"year-end roll", Frequency::Quarter, {2026, 10, 10}, 5, {2027, 1, 5}},
        {"31 Mar → 30 Jun", Frequency::Quarter, {2026, 3, 31}, none, {2026, 6, 30}},
    });
}

TEST(NextDue, YearGoesTwelveMonthsOn) {
    expectAll({
        {"29 Feb → 28 Feb", Frequency::Year, {2024, 2, 29}, none, {2025, 2, 28}},
        {"28 Feb → 29 Feb with day 29", Frequency::Year, {2023, 2, 28}, 29, {2024, 2, 29}},
        {"given due day", Frequency::Year, {2026, 3, 10}, 1, {2027, 3, 1}},
    });
}

TEST(NextDue, InvalidInputThrowsError) {
    struct ErrorCase {
        const char* situation;
        Frequency frequency;
        std::optional<int> dueDay;
        const char* id;
        const char* what;
    };
    const ErrorCase cases[] = {
        {"once", Frequency::Once, none, "req.once_has_no_next_due",
         "[req.once_has_no_next_due] once has no next due date"},
        {"due day 0", Frequency::Month, 0, "req.due_day_out_of_range",
         "[req.due_day_out_of_range] due day is not 1-31: 0"},
        {"due day 32", Frequency::Year, 32, "req.due_day_out_of_range",
         "[req.due_day_out_of_range] due day is not 1-31: 32"},
        {"due day 0, week", Frequency::Week, 0, "req.due_day_out_of_range",
         "[req.due_day_out_of_range] due day is not 1-31: 0"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        try {
            core::report::nextDue(c.frequency, 20454, c.dueDay); // 2026-01-01
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ(c.id, e.id());
            EXPECT_STREQ(c.what, e.what());
        }
    }
}
