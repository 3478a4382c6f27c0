#include "core/common/Error.hpp"
#include "core/kpi/Pace.hpp"

#include <gtest/gtest.h>

namespace core = concord::core;
using concord::core::common::Error;

namespace {

struct Case {
    const char* situation;
    double actual;
    double target;
    double start;
    double deadline;
    double today;
    double baseline;
    double expected;
};

void expectAll(const std::initializer_list<Case>& cases) {
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_DOUBLE_EQ(c.expected, core::kpi::pace(c.actual, c.target, c.start, c.deadline,
                                                     c.today, c.baseline));
    }
}

} // namespace

TEST(Pace, BeforeDeadlineComparesWithElapsedShare) {
    expectAll({
        // (a − b) / ((t − b) · e), e = (today − start)/(deadline − start)
        {"half way, half done", 50, 100, 0, 100, 50, 0, 1.0},    // e 0.5: 50/(100·0.5) = 1
        {"half way, quarter done", 25, 100, 0, 100, 50, 0, 0.5}, // 25/50 = 0.5
        {"quarter way, half done", 50, 100, 0, 100, 25, 0, 2.0}, // e 0.25: 50/25 = 2
        {"one day in", 1, 100, 0, 100, 1, 0, 1.0},               // e 0.01: 1/(100·0.01) = 1
        {"with baseline", 70, 120, 0, 100, 50, 20, 1.0}, // (70−20)/((120−20)·0.5) = 50/50
        {"lower is better", 75, 50, 0, 100, 50, 100, 1.0}, // (75−100)/((50−100)·0.5) = −25/−25
        {"serial dates", 30, 60, 46023, 46387, 46205, 0, 1.0}, // e = 182/364 = 0.5: 30/30
    });
}

TEST(Pace, OnOrAfterDeadlineElapsedShareIsOne) {
    expectAll({
        {"at deadline", 80, 100, 0, 100, 100, 0, 0.8},    // e = min(1, 100/100) = 1: 80/100
        {"after deadline", 80, 100, 0, 100, 150, 0, 0.8}, // e = min(1, 150/100) = 1: 80/100
    });
}

TEST(Pace, InvalidInputThrowsError) {
    struct ErrorCase {
        const char* situation;
        double target;
        double start;
        double deadline;
        double today;
        double baseline;
        const char* id;
        const char* what;
    };
    const ErrorCase cases[] = {
        {"deadline equals start", 100, 10, 10, 20, 0, "kpi.pace_deadline_not_after_start",
         "[kpi.pace_deadline_not_after_start] deadline is not after start: 10"},
        {"deadline before start", 100, 10, 5, 20, 0, "kpi.pace_deadline_not_after_start",
         "[kpi.pace_deadline_not_after_start] deadline is not after start: 5"},
        {"today equals start", 100, 10, 100, 10, 0, "kpi.pace_today_not_after_start",
         "[kpi.pace_today_not_after_start] today is not after start: 10"},
        {"today before start", 100, 10, 100, 3, 0, "kpi.pace_today_not_after_start",
         "[kpi.pace_today_not_after_start] today is not after start: 3"},
        {"target equals baseline", 100, 0, 100, 50, 100, "kpi.pace_target_equals_baseline",
         "[kpi.pace_target_equals_baseline] target equals baseline: 100"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        try {
            core::kpi::pace(50, c.target, c.start, c.deadline, c.today, c.baseline);
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ(c.id, e.id());
            EXPECT_STREQ(c.what, e.what());
        }
    }
}
