#include "core/common/Error.hpp"
#include "core/kpi/AbTest.hpp"

#include <gtest/gtest.h>

namespace core = concord::core;
using concord::core::common::Error;

TEST(AbTest, PooledTwoProportionZTestPValue) {
    struct Case {
        const char* situation;
        double conversionsA;
        double trialsA;
        double conversionsB;
        double trialsB;
        double expected;
    };
    const Case cases[] = {
        // p = 450/2000 = 0.225; p(1−p) = 0.174375; · (1/1000 + 1/1000) = 0.00034875;
        // √ = 0.0186748; z = (0.2 − 0.25)/0.0186748 = −2.67740; |z|/√2 = 1.89321;
        // erfc(1.89321) = 0.0074196
        {"200/1000 vs 250/1000", 200, 1000, 250, 1000, 0.0074196},
        // the same groups swapped: z = +2.67740, same two-sided p-value
        {"250/1000 vs 200/1000", 250, 1000, 200, 1000, 0.0074196},
        // p = 80/200 = 0.4; p(1−p) = 0.24; · 0.02 = 0.0048; √ = 0.0692820;
        // z = (0.5 − 0.3)/0.0692820 = 2.88675; |z|/√2 = 2.04124; erfc(2.04124) = 0.0038924
        {"50/100 vs 30/100", 50, 100, 30, 100, 0.0038924},
        // all of A converted is allowed: p = 15/20 = 0.75; p(1−p) = 0.1875; · 0.2 = 0.0375;
        // √ = 0.193649; z = (1 − 0.5)/0.193649 = 2.58199; erfc(1.82574) = 0.0098233
        {"10/10 vs 5/10", 10, 10, 5, 10, 0.0098233},
        // equal rates 0.1 and 0.1: z = 0, erfc(0) = 1
        {"equal rates, different sizes", 100, 1000, 50, 500, 1.0},
        // pooled rate 0 or 1: no variance, p-value 1 by definition
        {"nobody converted", 0, 100, 0, 50, 1.0},
        {"everybody converted", 100, 100, 50, 50, 1.0},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_NEAR(c.expected,
                    core::kpi::abTestPValue(c.conversionsA, c.trialsA, c.conversionsB, c.trialsB),
                    1e-6);
    }
}

TEST(AbTest, InvalidCountsThrowError) {
    struct ErrorCase {
        const char* situation;
        double conversionsA;
        double trialsA;
        double conversionsB;
        double trialsB;
        const char* id;
        const char* what;
    };
    const ErrorCase cases[] = {
        {"trials A 0", 0, 0, 5, 10, "kpi.abtest_trials_not_positive",
         "[kpi.abtest_trials_not_positive] trials must be above 0: 0"},
        {"trials B negative", 5, 10, 0, -5, "kpi.abtest_trials_not_positive",
         "[kpi.abtest_trials_not_positive] trials must be above 0: -5"},
        {"conversions A negative", -1, 10, 5, 10, "kpi.abtest_conversions_out_of_range",
         "[kpi.abtest_conversions_out_of_range] conversions outside [0; trials]: -1"},
        {"conversions B above trials", 5, 10, 11, 10, "kpi.abtest_conversions_out_of_range",
         "[kpi.abtest_conversions_out_of_range] conversions outside [0; trials]: 11"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        try {
            core::kpi::abTestPValue(c.conversionsA, c.trialsA, c.conversionsB, c.trialsB);
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ(c.id, e.id());
            EXPECT_STREQ(c.what, e.what());
        }
    }
}
