#include "core/common/Error.hpp"

#include <gtest/gtest.h>

using concord::core::common::Error;

TEST(Error, MessageCarriesIdAndValue) {
    // id in brackets first (as nlohmann/json does), then the message, then the bad value
    Error e(Error::Category::Argument, "kpi.target_zero", "target must not be 0", "0");
    EXPECT_STREQ("[kpi.target_zero] target must not be 0: 0", e.what());
    EXPECT_EQ(Error::Category::Argument, e.category());
    EXPECT_EQ("kpi.target_zero", e.id());
    EXPECT_EQ("0", e.value());
}

TEST(Error, MessageWithoutValueHasNoTrailingColon) {
    Error e(Error::Category::Internal, "kpi.floor_above_cap", "floor is above cap");
    EXPECT_STREQ("[kpi.floor_above_cap] floor is above cap", e.what());
}
