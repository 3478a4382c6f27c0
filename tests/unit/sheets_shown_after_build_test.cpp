#include "core/sheets/ShownAfterBuild.hpp"

#include <gtest/gtest.h>

namespace core = concord::core;
using core::sheets::WrittenSheet;

TEST(ShownSheet, TheCompanySheetWhenTheBuildWroteIt) {
    // Build all: scorecards first in the document, the company sheet after them
    const std::vector<WrittenSheet> written = {
        {"Scorecard SAL", "scorecard"}, {"Scorecard MKT", "scorecard"},
        {"Company (2)", "company"},     {"SMART", "smart"},
        {"Request matrix", "requests"}, {"Escalations", "escalations"}};
    EXPECT_EQ("Company (2)", core::sheets::shownSheet(written));
}

TEST(ShownSheet, TheFirstSheetWrittenWithoutACompanySheet) {
    // a one-department build writes its scorecard alone
    EXPECT_EQ("Scorecard SAL", core::sheets::shownSheet({{"Scorecard SAL", "scorecard"}}));
    // Build request tables: the matrix, then the escalations
    EXPECT_EQ("Request matrix", core::sheets::shownSheet({{"Request matrix", "requests"},
                                                          {"Escalations", "escalations"}}));
}

TEST(ShownSheet, NothingWhenNothingWasWritten) {
    EXPECT_EQ("", core::sheets::shownSheet({}));
}
