#include "core/common/Error.hpp"
#include "core/kpi/LinearFit.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <vector>

namespace core = concord::core;
using concord::core::common::Error;

namespace {

using Cells = std::vector<std::optional<double>>;

const std::nullopt_t none = std::nullopt;

} // namespace

TEST(Forecast, LeastSquaresLineAtDeadline) {
    struct Case {
        const char* situation;
        Cells values;
        Cells dates;
        double deadline;
        double expected;
    };
    const Case cases[] = {
        // exact line y = 2x + 1: at 10, 21
        {"points on a line", {3, 5, 7}, {1, 2, 3}, 10, 21},
        // mean x 1.5, mean y 2.5; dx −1.5 −0.5 0.5 1.5; dy −1.5 0.5 −0.5 1.5
        // Sxy = 2.25 − 0.25 − 0.25 + 2.25 = 4, Sxx = 5, slope 0.8; at 5: 2.5 + 0.8·3.5 = 5.3
        {"scattered points", {1, 3, 2, 4}, {0, 1, 2, 3}, 5, 5.3},
        // pairs (1, 3) and (3, 7): slope 2; at 10: 3 + 2·9 = 21
        {"pairs with a missing value or date are skipped",
         {3, none, 7, 100},
         {1, 2, 3, none},
         10,
         21},
        // (0, 5), (10, 0): slope −0.5; at 20: 5 − 0.5·20 = −5
        {"two points, falling", {5, 0}, {0, 10}, 20, -5},
        // mean x 5/3, mean y 4; dx −2/3 −2/3 4/3; dy −2 0 2; Sxy = 4/3 + 8/3 = 4,
        // Sxx = 4/9 + 4/9 + 16/9 = 8/3, slope 1.5; at 5: 4 + 1.5·(5 − 5/3) = 9
        {"repeated date among others", {2, 4, 6}, {1, 1, 3}, 5, 9},
        // y = x − 1e9 + 1 at x = 1e9 + 10: 11; x² ≈ 1e18 is beyond double precision, only a
        // fit centred on the means keeps it exact
        {"huge dates stay exact", {1, 2, 3}, {1e9, 1e9 + 1, 1e9 + 2}, 1e9 + 10, 11},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_NEAR(c.expected, core::kpi::forecast(c.values, c.dates, c.deadline), 1e-9);
    }
}

TEST(Trend, SlopePerDay) {
    struct Case {
        const char* situation;
        Cells values;
        std::optional<Cells> dates;
        double expected;
    };
    const Case cases[] = {
        {"positions 1, 2, 3", {10, 12, 14}, none, 2},               // +2 per position
        {"text keeps its position", {10, none, 14}, none, 2},       // (1, 10), (3, 14): 4/2 = 2
        {"weekly dates", {1, 8, 15}, Cells{0, 7, 14}, 1},           // +7 per 7 days = 1
        {"scattered points", {1, 3, 2, 4}, Cells{1, 2, 3, 4}, 0.8}, // Sxy 4 / Sxx 5 = 0.8
        {"falling", {30, 20}, Cells{46000, 46010}, -1},             // −10 over 10 days
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_NEAR(c.expected, core::kpi::trend(c.values, c.dates ? &*c.dates : nullptr), 1e-12);
    }
}

TEST(LinearFit, InvalidInputThrowsError) {
    struct ErrorCase {
        const char* situation;
        std::function<void()> call;
        const char* id;
        const char* what;
    };
    const Cells two = {1, 2};
    const Cells one = {1};
    const ErrorCase cases[] = {
        {"forecast, sizes differ", [&] { core::kpi::forecast(two, one, 5); },
         "kpi.fit_size_mismatch",
         "[kpi.fit_size_mismatch] values and dates differ in size: 2 vs 1"},
        {"trend, sizes differ", [&] { core::kpi::trend(one, &two); }, "kpi.fit_size_mismatch",
         "[kpi.fit_size_mismatch] values and dates differ in size: 1 vs 2"},
        {"one pair",
         [&] {
             core::kpi::forecast({3, none}, {1, 2}, 5);
         },
         "kpi.fit_too_few_points", "[kpi.fit_too_few_points] fewer than 2 (date, value) pairs: 1"},
        {"no pairs", [&] { core::kpi::forecast({}, {}, 5); }, "kpi.fit_too_few_points",
         "[kpi.fit_too_few_points] fewer than 2 (date, value) pairs: 0"},
        {"trend, one number",
         [&] {
             core::kpi::trend({none, 3}, nullptr);
         },
         "kpi.fit_too_few_points", "[kpi.fit_too_few_points] fewer than 2 (date, value) pairs: 1"},
        {"one distinct date",
         [&] {
             core::kpi::forecast({1, 2, 3}, {5, 5, 5}, 6);
         },
         "kpi.fit_one_distinct_date",
         "[kpi.fit_one_distinct_date] all pairs have the same date: 5"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        try {
            c.call();
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ(c.id, e.id());
            EXPECT_STREQ(c.what, e.what());
        }
    }
}
