#include "core/common/Error.hpp"
#include "core/kpi/Weighted.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

namespace core = concord::core;
using concord::core::common::Error;

namespace {

using Cells = std::vector<std::optional<double>>;

struct Case {
    const char* situation;
    Cells scores;
    Cells weights;
    double expected;
};

const std::nullopt_t none = std::nullopt;

} // namespace

TEST(Weighted, MeanOverPositionsWhereBothAreNumbers) {
    const Case cases[] = {
        {"no weights means all 1", {0.8, 1.0, 0.6}, {}, 0.8}, // (0.8 + 1 + 0.6)/3 = 0.8
        {"weights 1 and 3", {0.8, 1.0}, {1.0, 3.0}, 0.95},    // (0.8 + 3)/4 = 0.95
        {"missing score drops its weight", {0.5, none, 1.0}, {2.0, 5.0, 2.0}, 0.75}, // 3/4
        {"missing weight drops its score", {0.5, 0.9, 1.0}, {2.0, none, 2.0}, 0.75}, // 3/4
        {"zero weight counts nothing", {0.5, 1.0}, {0.0, 1.0}, 1.0}, // (0 + 1)/1 = 1
        {"single score", {0.7}, {}, 0.7},                            // 0.7/1
        {"negative scores allowed", {-0.5, 1.5}, {}, 0.5},           // (−0.5 + 1.5)/2 = 0.5
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_DOUBLE_EQ(c.expected, core::kpi::weighted(c.scores, c.weights));
    }
}

TEST(Weighted, InvalidInputThrowsError) {
    struct ErrorCase {
        const char* situation;
        Cells scores;
        Cells weights;
        const char* id;
        const char* what;
    };
    const ErrorCase cases[] = {
        {"sizes differ",
         {0.5, 1.0},
         {1.0},
         "kpi.weighted_size_mismatch",
         "[kpi.weighted_size_mismatch] scores and weights differ in size: 2 vs 1"},
        {"negative weight",
         {0.5, 1.0},
         {1.0, -2.0},
         "kpi.weighted_negative_weight",
         "[kpi.weighted_negative_weight] weight must not be negative: -2"},
        {"negative weight where score is missing",
         {none, 1.0},
         {-1.0, 1.0},
         "kpi.weighted_negative_weight",
         "[kpi.weighted_negative_weight] weight must not be negative: -1"},
        {"all weights 0",
         {0.5, 1.0},
         {0.0, 0.0},
         "kpi.weighted_zero_total",
         "[kpi.weighted_zero_total] the weights sum to 0"},
        {"no usable position",
         {0.5, none},
         {none, 1.0},
         "kpi.weighted_zero_total",
         "[kpi.weighted_zero_total] the weights sum to 0"},
        {"no scores at all",
         {none},
         {},
         "kpi.weighted_zero_total",
         "[kpi.weighted_zero_total] the weights sum to 0"},
        {"empty input",
         {},
         {},
         "kpi.weighted_zero_total",
         "[kpi.weighted_zero_total] the weights sum to 0"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        try {
            core::kpi::weighted(c.scores, c.weights);
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ(c.id, e.id());
            EXPECT_STREQ(c.what, e.what());
        }
    }
}
