#include "core/common/Error.hpp"
#include "core/kpi/Status.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace core = concord::core;
using concord::core::common::Error;
using concord::core::kpi::Status;

namespace {

struct Case {
    const char* situation;
    double score;
    std::optional<double> amberFrom;
    std::optional<double> greenFrom;
    Status expected;
};

void expectAll(const std::initializer_list<Case>& cases) {
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_EQ(c.expected, core::kpi::status(c.score, c.amberFrom, c.greenFrom));
    }
}

const std::nullopt_t none = std::nullopt;

} // namespace

TEST(Status, DefaultThresholdsAreSeventyAndNinetyFivePercent) {
    expectAll({
        {"exactly at green 0.95", 0.95, none, none, Status::Green},
        {"just below green", 0.9499, none, none, Status::Amber},
        {"exactly at amber 0.7", 0.7, none, none, Status::Amber},
        {"just below amber", 0.6999, none, none, Status::Red},
        {"above 1", 1.2, none, none, Status::Green},
        {"zero", 0.0, none, none, Status::Red},
        {"negative", -1.0, none, none, Status::Red},
    });
}

TEST(Status, GivenThresholdsReplaceDefaults) {
    expectAll({
        {"exactly at green 0.8", 0.8, 0.5, 0.8, Status::Green},
        {"just below green", 0.79, 0.5, 0.8, Status::Amber},
        {"exactly at amber 0.5", 0.5, 0.5, 0.8, Status::Amber},
        {"just below amber", 0.49, 0.5, 0.8, Status::Red},
        {"only amber given, default green", 0.9, 0.9, none, Status::Amber},
        {"only green given, default amber", 0.75, none, 0.8, Status::Amber},
        {"equal thresholds, at them", 0.9, 0.9, 0.9, Status::Green},
        {"equal thresholds, below", 0.89, 0.9, 0.9, Status::Red},
    });
}

TEST(Status, NumericValuesFollowSsasConvention) {
    // KPI.STATUS returns these numbers: red −1, amber 0, green 1
    EXPECT_EQ(-1, static_cast<int>(core::kpi::status(0.1, none, none)));
    EXPECT_EQ(0, static_cast<int>(core::kpi::status(0.8, none, none)));
    EXPECT_EQ(1, static_cast<int>(core::kpi::status(1.0, none, none)));
}

TEST(Status, AmberAboveGreenThrowsError) {
    struct ErrorCase {
        const char* situation;
        std::optional<double> amberFrom;
        std::optional<double> greenFrom;
        const char* what;
    };
    const ErrorCase cases[] = {
        {"both given", 0.9, 0.8,
         "[kpi.status_amber_above_green] amber_from is above green_from: 0.9 > 0.8"},
        {"amber above default green", 0.96, none,
         "[kpi.status_amber_above_green] amber_from is above green_from: 0.96 > 0.95"},
        {"green below default amber", none, 0.5,
         "[kpi.status_amber_above_green] amber_from is above green_from: 0.7 > 0.5"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        try {
            core::kpi::status(0.5, c.amberFrom, c.greenFrom);
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ("kpi.status_amber_above_green", e.id());
            EXPECT_STREQ(c.what, e.what());
        }
    }
}
