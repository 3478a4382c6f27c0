// People (DESIGN §3): one person per owner named in KPIs or Goals (trimmed, compared
// exactly), their department, KPIs, weighted score and status, and goals; JSON `people`.
#include "core/report/Json.hpp"
#include "core/report/People.hpp"
#include "core/report/Results.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::analyser;
using concord::test::texts;
using concord::test::WorkbookBuilder;

namespace {

/// Departments MKT then SAL (table order). Period 2026-09.
/// - Anna owns K1 (SAL, target 100, actual 90: score 0.9, amber, weight 1), K2 (MKT, target
///   200, actual 200: score 1.0, green, weight 3) and K3 (MKT, no actual: no score, weight 2).
///   Her score: (0.9·1 + 1.0·3) / (1 + 3) = 0.975 → green; were K3 counted as 0 it would be
///   3.9 / 6 = 0.65 → red. Her department: MKT, first in the Departments table although her
///   first KPI is in SAL. K1's owner is written " Anna " (trimmed to the same person).
/// - Boris owns K4 (SAL, target 40, actual 44: score 1.1, green) and goal G1 (SAL).
/// - Vera owns goal G2 (MKT) and no KPI: score and status null.
/// - G3 has no owner: nobody.
Workbook workbook() {
    return WorkbookBuilder()
        .department("MKT", "Marketing")
        .department("SAL", "Sales")
        .goal("G1", "department", "Raise NPS to 44 by the end of 2026",
              {{"department", "SAL"}, {"owner", "Boris"}, {"kpi", "K4"}})
        .goal("G2", "department", "Hire two analysts", {{"department", "MKT"}, {"owner", "Vera"}})
        .goal("G3", "department", "Nobody's goal", {{"department", "MKT"}})
        .kpi("K1", "Revenue", "SAL", 100.0, {{"owner", " Anna "}})
        .kpi("K4", "NPS", "SAL", 40.0, {{"owner", "Boris"}})
        .kpi("K2", "Leads", "MKT", 200.0, {{"owner", "Anna"}, {"weight", 3.0}})
        .kpi("K3", "Churn", "MKT", 50.0, {{"owner", "Anna"}, {"weight", 2.0}})
        .actual("K1", "2026-09", 90.0)
        .actual("K4", "2026-09", 44.0)
        .actual("K2", "2026-09", 200.0)
        .read();
}

const Report& report() {
    static const Workbook w = workbook();
    static const Report r =
        computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), Language::En);
    return r;
}

std::vector<std::string> kpiIds(const Report& r, const PersonResult& person) {
    std::vector<std::string> ids;
    for (const auto& [d, k] : person.kpis)
        ids.push_back(r.departments[d].kpis[k].kpi.id);
    return ids;
}

} // namespace

TEST(ReportPeople, OnePersonPerOwnerInTheOrderFirstNamed) {
    // KPI owners by department (MKT: K2 Anna, K3 Anna; SAL: K1 Anna, K4 Boris), then Vera
    // from the goals; G3 without owner names nobody.
    const std::vector<PersonResult> p = people(report());
    ASSERT_EQ(3u, p.size());
    EXPECT_EQ("Anna", p[0].name);
    EXPECT_EQ("Boris", p[1].name);
    EXPECT_EQ("Vera", p[2].name);
}

TEST(ReportPeople, KpisInTwoDepartmentsAndTheFirstDepartmentOfTheTable) {
    const std::vector<PersonResult> p = people(report());
    EXPECT_EQ((std::vector<std::string>{"K2", "K3", "K1"}), kpiIds(report(), p[0]));
    EXPECT_EQ("MKT", p[0].department);
    EXPECT_EQ("SAL", p[1].department);
    EXPECT_EQ("MKT", p[2].department);
}

TEST(ReportPeople, WeightedScoreLeavesOutTheKpiWithoutActual) {
    const std::vector<PersonResult> p = people(report());
    ASSERT_TRUE(p[0].score);
    EXPECT_NEAR(0.975, *p[0].score, 1e-12);
    EXPECT_EQ(Status::Green, p[0].status);
    ASSERT_TRUE(p[1].score);
    EXPECT_NEAR(1.1, *p[1].score, 1e-12);
    EXPECT_EQ(Status::Green, p[1].status);
}

TEST(ReportPeople, GoalOwnerWithoutKpiHasNoScore) {
    const std::vector<PersonResult> p = people(report());
    EXPECT_TRUE(p[2].kpis.empty());
    EXPECT_FALSE(p[2].score);
    EXPECT_FALSE(p[2].status);
    EXPECT_EQ(std::vector<std::size_t>{1}, p[2].goals); // G2, the second Goals row
    EXPECT_EQ(std::vector<std::size_t>{0}, p[1].goals); // G1
    EXPECT_TRUE(p[0].goals.empty());
}

TEST(ReportPeople, Json) {
    const nlohmann::json json = toJson(report(), {}, {});
    const nlohmann::json& p = json.at("people");
    ASSERT_EQ(3u, p.size());
    EXPECT_EQ("Anna", p[0]["name"]);
    EXPECT_EQ("MKT", p[0]["department"]);
    EXPECT_NEAR(0.975, p[0]["score"].get<double>(), 1e-12);
    EXPECT_EQ(1, p[0]["status"]);
    // K2 green 1.0, K3 no actual (null, null), K1 0.9 amber
    EXPECT_EQ(nlohmann::json::parse(R"([{"id":"K2","score":1.0,"status":1},
        {"id":"K3","score":null,"status":null},{"id":"K1","score":0.9,"status":0}])"),
              p[0]["kpis"]);
    EXPECT_EQ(nlohmann::json::array(), p[0]["goals"]);
    EXPECT_TRUE(p[2]["score"].is_null());
    EXPECT_TRUE(p[2]["status"].is_null());
    EXPECT_EQ(nlohmann::json::array(), p[2]["kpis"]);
    // Each goal's score is its SMART score, the one the goals list holds (SMART sheet).
    ASSERT_EQ(1u, p[2]["goals"].size());
    EXPECT_EQ("G2", p[2]["goals"][0]["id"]);
    EXPECT_EQ(json["goals"][1]["score"], p[2]["goals"][0]["score"]);
    EXPECT_TRUE(p[2]["goals"][0]["score"].is_number_integer());
}
