#include "core/common/Error.hpp"
#include "core/kpi/Attainment.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace core = concord::core;
using concord::core::common::Error;
using concord::core::kpi::Direction;

namespace {

struct Case {
    const char* situation;
    double actual;
    double target;
    std::optional<double> baseline;
    std::optional<Direction> direction;
    std::optional<double> floor;
    std::optional<double> cap;
    double expected;
};

void expectAll(const std::initializer_list<Case>& cases) {
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_DOUBLE_EQ(c.expected, core::kpi::score(c.actual, c.target, c.baseline, c.direction,
                                                      c.floor, c.cap));
    }
}

const std::nullopt_t none = std::nullopt;

} // namespace

TEST(Score, BetweenFloorAndCapIsAttainment) {
    expectAll({
        {"up, below target", 9, 10, none, none, none, none, 0.9}, // 1 + (9−10)/10 = 0.9
        {"down, above target", 11, 10, none, Direction::Down, none, none, 0.9}, // 1 − 1/10
        {"with baseline", 60, 100, 50.0, none, none, none, 0.2},       // (60−50)/(100−50)
        {"between custom bounds", 15, 10, none, none, none, 2.0, 1.5}, // 1 + 5/10 = 1.5 < 2
    });
}

TEST(Score, AboveCapIsClampedToCap) {
    expectAll({
        {"default cap 1.2", 15, 10, none, none, none, none, 1.2},        // 1 + 5/10 = 1.5 → 1.2
        {"exactly at default cap", 12, 10, none, none, none, none, 1.2}, // 1 + 2/10 = 1.2
        {"down, far below target", 5, 10, none, Direction::Down, none, none, 1.2}, // 1.5 → 1.2
        {"custom cap 1", 15, 10, none, none, none, 1.0, 1.0},                      // 1.5 → 1
    });
}

TEST(Score, BelowFloorIsClampedToFloor) {
    expectAll({
        {"default floor 0", -5, 10, none, none, none, none, 0.0}, // 1 + (−5−10)/10 = −0.5 → 0
        {"exactly at default floor", 0, 10, none, none, none, none, 0.0}, // 1 + (0−10)/10 = 0
        {"custom floor 0.5", 3, 10, none, none, 0.5, none, 0.5}, // 1 + (3−10)/10 = 0.3 → 0.5
        {"negative floor keeps negative", -5, 10, none, none, -1.0, none, -0.5}, // −0.5 ≥ −1
        {"floor equals cap", 0, 10, none, none, 1.0, 1.0, 1.0}, // 0 → [1; 1] → 1
    });
}

TEST(Score, InvalidInputThrowsError) {
    struct ErrorCase {
        const char* situation;
        std::optional<double> target;
        std::optional<double> floor;
        std::optional<double> cap;
        const char* id;
        const char* what;
    };
    const ErrorCase cases[] = {
        {"floor above default cap", 10.0, 1.5, none, "kpi.floor_above_cap",
         "[kpi.floor_above_cap] floor is above cap: 1.5 > 1.2"},
        {"default floor above cap", 10.0, none, -1.0, "kpi.floor_above_cap",
         "[kpi.floor_above_cap] floor is above cap: 0 > -1"},
        {"attainment error passes through", 0.0, none, none, "kpi.target_zero",
         "[kpi.target_zero] target must not be 0 without a baseline: 0"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        try {
            core::kpi::score(5, *c.target, none, none, c.floor, c.cap);
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ(c.id, e.id());
            EXPECT_STREQ(c.what, e.what());
        }
    }
}

TEST(Score, InfiniteAttainmentIsAnErrorNotTheCap) {
    // 1 + (1e300 − 1e−300) / 1e−300 = 1 + 1e600 overflows to ∞: clamping it would show the
    // cap 1.2 as if the input were fine (KPI.ATTAINMENT of the same input is an error)
    try {
        core::kpi::score(1e300, 1e-300, none, none, none, none);
        ADD_FAILURE() << "no Error thrown";
    } catch (const Error& e) {
        EXPECT_EQ("kpi.overflow", std::string(e.id()));
        EXPECT_STREQ("[kpi.overflow] attainment is too large to compute", e.what());
    }
    // definition: a finite attainment above the cap is still clamped: 1 + 5/10 = 1.5 → 1.2
    EXPECT_DOUBLE_EQ(1.2, core::kpi::score(15, 10, none, none, none, none));
}
