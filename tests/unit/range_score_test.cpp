#include "core/common/Error.hpp"
#include "core/kpi/RangeScore.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace core = concord::core;
using concord::core::common::Error;

namespace {

struct Case {
    const char* situation;
    double actual;
    double low;
    double high;
    std::optional<double> tolerance;
    double expected;
};

void expectAll(const std::initializer_list<Case>& cases) {
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_DOUBLE_EQ(c.expected, core::kpi::rangeScore(c.actual, c.low, c.high, c.tolerance));
    }
}

} // namespace

TEST(RangeScore, InsideRangeIncludingBoundsScoresOne) {
    expectAll({
        {"middle", 15, 10, 20, std::nullopt, 1.0},
        {"exactly at low", 10, 10, 20, std::nullopt, 1.0},
        {"exactly at high", 20, 10, 20, std::nullopt, 1.0},
        {"single point range, on it", 5, 5, 5, std::nullopt, 1.0},
    });
}

TEST(RangeScore, OutsideDefaultToleranceIsRangeWidth) {
    expectAll({
        // tolerance = 20 − 10 = 10; 1 − distance/10
        {"half a width below", 5, 10, 20, std::nullopt, 0.5},  // 1 − (10−5)/10 = 0.5
        {"half a width above", 25, 10, 20, std::nullopt, 0.5}, // 1 − (25−20)/10 = 0.5
        {"just above high", 21, 10, 20, std::nullopt, 0.9},    // 1 − 1/10 = 0.9
        {"one width below", 0, 10, 20, std::nullopt, 0.0},     // 1 − 10/10 = 0
        {"beyond one width", -5, 10, 20, std::nullopt, 0.0},   // max(0, 1 − 15/10) = 0
    });
}

TEST(RangeScore, OutsideGivenToleranceScalesDistance) {
    expectAll({
        {"tolerance 4 above", 22, 10, 20, 4.0, 0.5},     // 1 − (22−20)/4 = 0.5
        {"tolerance 4 below", 9, 10, 20, 4.0, 0.75},     // 1 − (10−9)/4 = 0.75
        {"tolerance 2, point range", 6, 5, 5, 2.0, 0.5}, // 1 − (6−5)/2 = 0.5
    });
}

TEST(RangeScore, ZeroToleranceScoresZeroOutside) {
    expectAll({
        {"point range, none given", 5.5, 5, 5, std::nullopt, 0.0}, // tolerance 5 − 5 = 0
        {"tolerance 0 given", 21, 10, 20, 0.0, 0.0},
    });
}

TEST(RangeScore, InvalidInputThrowsError) {
    struct ErrorCase {
        const char* situation;
        double low;
        double high;
        std::optional<double> tolerance;
        const char* id;
        const char* what;
    };
    const ErrorCase cases[] = {
        {"low above high", 20, 10, std::nullopt, "kpi.range_low_above_high",
         "[kpi.range_low_above_high] low is above high: 20 > 10"},
        {"negative tolerance", 10, 20, -1.0, "kpi.range_tolerance_negative",
         "[kpi.range_tolerance_negative] tolerance must not be negative: -1"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        try {
            core::kpi::rangeScore(15, c.low, c.high, c.tolerance);
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ(c.id, e.id());
            EXPECT_STREQ(c.what, e.what());
        }
    }
}
