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
    double expected;
};

struct ErrorCase {
    const char* situation;
    double actual;
    double target;
    std::optional<double> baseline;
    std::optional<Direction> direction;
    const char* id;
    const char* what;
};

void expectAll(const std::initializer_list<Case>& cases) {
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_DOUBLE_EQ(c.expected,
                         core::kpi::attainment(c.actual, c.target, c.baseline, c.direction));
    }
}

} // namespace

TEST(Attainment, WithoutBaselineUpAddsRelativeDifference) {
    expectAll({
        // 1 + (a − t) / |t|
        {"above target", 12, 10, std::nullopt, Direction::Up, 1.2},     // 1 + (12−10)/10 = 1.2
        {"below target", 8, 10, std::nullopt, Direction::Up, 0.8},      // 1 + (8−10)/10 = 0.8
        {"on target", 10, 10, std::nullopt, Direction::Up, 1.0},        // 1 + 0/10 = 1
        {"zero actual", 0, 10, std::nullopt, Direction::Up, 0.0},       // 1 + (0−10)/10 = 0
        {"negative target", -5, -10, std::nullopt, Direction::Up, 1.5}, // 1 + (−5+10)/10 = 1.5
    });
}

TEST(Attainment, WithoutBaselineDownSubtractsRelativeDifference) {
    expectAll({
        // 1 − (a − t) / |t|
        {"below target is better", 8, 10, std::nullopt, Direction::Down, 1.2}, // 1 − (8−10)/10
        {"above target is worse", 12, 10, std::nullopt, Direction::Down, 0.8}, // 1 − (12−10)/10
        {"on target", 10, 10, std::nullopt, Direction::Down, 1.0},             // 1 − 0/10 = 1
        {"double the target", 20, 10, std::nullopt, Direction::Down, 0.0},     // 1 − 10/10 = 0
        {"negative target", -5, -10, std::nullopt, Direction::Down, 0.5},      // 1 − 5/10 = 0.5
    });
}

TEST(Attainment, WithoutDirectionDefaultsToUp) {
    expectAll({
        {"below target", 8, 10, std::nullopt, std::nullopt, 0.8},  // as up: 1 + (8−10)/10 = 0.8
        {"above target", 15, 10, std::nullopt, std::nullopt, 1.5}, // as up: 1 + 5/10 = 1.5
    });
}

TEST(Attainment, WithBaselineIsShareOfDistanceCovered) {
    expectAll({
        // (a − b) / (t − b)
        {"up, fifth of the way", 60, 100, 50.0, std::nullopt, 0.2}, // (60−50)/(100−50) = 0.2
        {"up, given direction agrees", 60, 100, 50.0, Direction::Up, 0.2}, // same, 0.2
        {"up, beyond target", 125, 100, 50.0, std::nullopt, 1.5},          // (125−50)/50 = 1.5
        {"up, below baseline", 40, 100, 50.0, std::nullopt, -0.2},         // (40−50)/50 = −0.2
        {"down follows from t < b", 30, 20, 40.0, std::nullopt, 0.5}, // (30−40)/(20−40) = 0.5
        {"down, given direction agrees", 30, 20, 40.0, Direction::Down, 0.5}, // same, 0.5
        {"down, beyond target", 10, 20, 40.0, std::nullopt, 1.5}, // (10−40)/(20−40) = 1.5
        {"target 0 is fine with a baseline", 0, 0, 5.0, std::nullopt, 1.0}, // (0−5)/(0−5) = 1
    });
}

TEST(Attainment, BaselineZeroForUpEqualsNoBaseline) {
    // definition: with b = 0 and t > 0, (a − 0)/(t − 0) = a/t = 1 + (a − t)/|t|
    // result: a 8, t 10: 8/10 = 0.8 both ways
    EXPECT_DOUBLE_EQ(0.8, core::kpi::attainment(8, 10, 0.0, std::nullopt));
    EXPECT_DOUBLE_EQ(core::kpi::attainment(8, 10, std::nullopt, std::nullopt),
                     core::kpi::attainment(8, 10, 0.0, std::nullopt));
}

TEST(Attainment, InvalidInputThrowsError) {
    const ErrorCase cases[] = {
        {"target 0 without baseline", 5, 0, std::nullopt, std::nullopt, "kpi.target_zero",
         "[kpi.target_zero] target must not be 0 without a baseline: 0"},
        {"target 0 without baseline, down", 5, 0, std::nullopt, Direction::Down, "kpi.target_zero",
         "[kpi.target_zero] target must not be 0 without a baseline: 0"},
        {"target equals baseline", 5, 10, 10.0, std::nullopt, "kpi.target_equals_baseline",
         "[kpi.target_equals_baseline] target equals baseline: 10"},
        {"down given, but t > b means up", 5, 10, 0.0, Direction::Down,
         "kpi.direction_contradicts_baseline",
         "[kpi.direction_contradicts_baseline] direction contradicts target vs baseline"},
        {"up given, but t < b means down", 5, 10, 20.0, Direction::Up,
         "kpi.direction_contradicts_baseline",
         "[kpi.direction_contradicts_baseline] direction contradicts target vs baseline"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        try {
            core::kpi::attainment(c.actual, c.target, c.baseline, c.direction);
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ(c.id, e.id());
            EXPECT_STREQ(c.what, e.what());
        }
    }
}
