// `history` in the JSON export (DESIGN §6): the company's at the top level and each
// department's [{period, score, status}], each KPI's [{period, actual, attainment, status}],
// null where not computable, and null keys in a build without a history.
#include "core/report/Json.hpp"
#include "support/HistoryWorkbook.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace concord::core::report;
using concord::test::historyReport;

namespace {

std::set<std::string> keys(const nlohmann::json& object) {
    std::set<std::string> result;
    for (const auto& [key, value] : object.items())
        result.insert(key);
    return result;
}

nlohmann::json exported() {
    return toJson(historyReport(), {}, {});
}

} // namespace

TEST(ReportJsonHistory, CompanyHistoryAtTheTopLevel) {
    // March: (2.9/3 + 1.1) / 2 = 1.0333… green (1); 2025-04: no department score → nulls
    const nlohmann::json j = exported();
    const nlohmann::json& h = j.at("history");
    ASSERT_EQ(12u, h.size());
    EXPECT_EQ((std::set<std::string>{"period", "score", "status"}), keys(h[11]));
    EXPECT_EQ("2026-03", h[11]["period"]);
    EXPECT_NEAR((2.9 / 3 + 1.1) / 2, h[11]["score"].get<double>(), 1e-12);
    EXPECT_EQ(1, h[11]["status"]);
    EXPECT_EQ("2025-04", h[0]["period"]);
    EXPECT_TRUE(h[0]["score"].is_null());
    EXPECT_TRUE(h[0]["status"].is_null());
}

TEST(ReportJsonHistory, DepartmentHistoryWithNullsWhereNoData) {
    // OPS February: no value → score and status null; January 0.8 amber (0)
    const nlohmann::json j = exported();
    const nlohmann::json& ops = j.at("departments").at(1);
    EXPECT_EQ("OPS", ops["code"]);
    const nlohmann::json& h = ops.at("history");
    ASSERT_EQ(12u, h.size());
    EXPECT_EQ("2026-02", h[10]["period"]);
    EXPECT_TRUE(h[10]["score"].is_null());
    EXPECT_TRUE(h[10]["status"].is_null());
    EXPECT_NEAR(0.8, h[9]["score"].get<double>(), 1e-12);
    EXPECT_EQ(0, h[9]["status"]);
}

TEST(ReportJsonHistory, KpiHistoryKeysAndStaleMonth) {
    // REV: February stale → actual, attainment, status null; March 100, 1.0, green
    const nlohmann::json j = exported();
    const nlohmann::json& rev = j.at("departments").at(0).at("kpis").at(0);
    EXPECT_EQ("REV", rev["id"]);
    const nlohmann::json& h = rev.at("history");
    ASSERT_EQ(12u, h.size());
    EXPECT_EQ((std::set<std::string>{"period", "actual", "attainment", "status"}), keys(h[10]));
    EXPECT_EQ("2026-02", h[10]["period"]);
    EXPECT_TRUE(h[10]["actual"].is_null());
    EXPECT_TRUE(h[10]["attainment"].is_null());
    EXPECT_TRUE(h[10]["status"].is_null());
    EXPECT_EQ(100.0, h[11]["actual"]);
    EXPECT_NEAR(1.0, h[11]["attainment"].get<double>(), 1e-12);
    EXPECT_EQ(1, h[11]["status"]);
}

TEST(ReportJsonHistory, QuarterlyKpiHistoryPerMonth) {
    // NPS (quarterly) in February reads Q1's 45: attainment 0.9, amber (0)
    const nlohmann::json j = exported();
    const nlohmann::json& h = j.at("departments").at(0).at("kpis").at(1).at("history");
    EXPECT_EQ("2026-02", h[10]["period"]);
    EXPECT_EQ(45.0, h[10]["actual"]);
    EXPECT_NEAR(0.9, h[10]["attainment"].get<double>(), 1e-12);
    EXPECT_EQ(0, h[10]["status"]);
}

TEST(ReportJsonHistory, NullWithoutAHistory) {
    Report r = historyReport();
    r.history.reset();
    const nlohmann::json j = toJson(r, {}, {});
    EXPECT_TRUE(j.at("history").is_null());
    EXPECT_TRUE(j.at("departments").at(0).at("history").is_null());
    EXPECT_TRUE(j.at("departments").at(0).at("kpis").at(0).at("history").is_null());
}
