#include "core/report/CompanyResult.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace core = concord::core;
using core::common::Language;
using core::kpi::Status;
using core::report::CompanyResult;

TEST(CompanyResult, ScoreAndStatusAreReadFromTheReportsCompany) {
    // the report of SidebarWorkbook's 2026-09: SAL 0.95, MKT 0.75 → (0.95 + 0.75) / 2 = 0.85, amber
    const CompanyResult result = CompanyResult::fromReport(
        R"({"period": "2026-09", "company": {"score": 0.85, "status": 0, "goals": []}})");
    ASSERT_TRUE(result.score.has_value());
    EXPECT_DOUBLE_EQ(0.85, *result.score);
    EXPECT_EQ(std::optional<Status>(Status::Amber), result.status);
}

TEST(CompanyResult, StatusNumbersAreTheKpiStatusOnes) {
    EXPECT_EQ(std::optional<Status>(Status::Green),
              CompanyResult::fromReport(R"({"company": {"score": 1, "status": 1}})").status);
    EXPECT_EQ(std::optional<Status>(Status::Red),
              CompanyResult::fromReport(R"({"company": {"score": 0.1, "status": -1}})").status);
    // 2 is no KPI.STATUS result
    EXPECT_EQ(std::nullopt,
              CompanyResult::fromReport(R"({"company": {"score": 0.1, "status": 2}})").status);
}

TEST(CompanyResult, NullOrMissingValuesStayEmpty) {
    struct Case {
        const char* situation;
        const char* json;
    };
    const Case cases[] = {
        {"null score and status (no department has a score)",
         R"({"company": {"score": null, "status": null}})"},
        {"no company key", R"({"period": "2026-09"})"},
        {"company is not an object", R"({"company": 3})"},
        {"score and status of another type", R"({"company": {"score": "85", "status": "amber"}})"},
        {"not JSON at all", "Requests (2)"},
        {"empty text", ""},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        const CompanyResult result = CompanyResult::fromReport(c.json);
        EXPECT_EQ(std::nullopt, result.score);
        EXPECT_EQ(std::nullopt, result.status);
    }
}
