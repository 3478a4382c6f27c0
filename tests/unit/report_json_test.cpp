// The JSON export (DESIGN §6): at least its keys, the same numbers as the report, and null —
// never 0 — for a value that cannot be computed.
#include "core/common/CivilDate.hpp"
#include "core/report/Json.hpp"
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

/// SAL with REV (September 90 of 100: 0.9) and a stale CALLS; goal G1; request R1 from SAL
/// to MKT never delivered (April … September missed, 6 periods) and R2 not agreed.
Workbook workbook() {
    Workbook w = WorkbookBuilder()
                     .department("SAL", "Sales")
                     .department("MKT", "Marketing")
                     .goal("G1", "company", "Grow revenue to 100 thousand a month by 31.12.2026",
                           {{"owner", "CEO"}, {"kpi", "REV"}})
                     .kpi("REV", "Revenue", "SAL", 100.0, {{"unit", "k€"}})
                     .kpi("CALLS", "Calls", "SAL", 30.0,
                          {{"unit", "k€"}, {"direction", "down"}, {"baseline", 50.0}})
                     .actual("REV", "2026-04", 70.0)
                     .actual("REV", "2026-09", 90.0)
                     .request("R1", "SAL", "MKT", "leads", {{"agreed", "yes"}})
                     .request("R2", "SAL", "MKT", "leads", {{"agreed", "no"}})
                     .read();
    w.problems = {Problem{CellRef{"KPIs", 6, 3}, "input.not_a_number", {"abc"}}};
    return w;
}

nlohmann::json exported() {
    const Workbook w = workbook();
    const Report r =
        computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), Language::En);
    return toJson(r, w.problems, {"Sheet 'KPIs', cell D7: expected a number"});
}

} // namespace

TEST(ReportJson, KeysOfDesignSection6) {
    const nlohmann::json json = exported();
    for (const char* key : {"period", "company", "departments", "goals", "requests", "problems"})
        EXPECT_TRUE(json.contains(key)) << key;
    for (const char* key : {"score", "status"})
        EXPECT_TRUE(json["company"].contains(key)) << key;
    const nlohmann::json& department = json["departments"][0];
    for (const char* key : {"code", "name", "score", "status", "green", "amber", "red",
                            "on_time_out", "on_time_in", "kpis"})
        EXPECT_TRUE(department.contains(key)) << key;
    for (const char* key : {"id", "name", "unit", "direction", "baseline", "target", "actual",
                            "previous", "attainment", "score", "status", "weight"})
        EXPECT_TRUE(department["kpis"][0].contains(key)) << key;
    for (const char* key :
         {"id", "department", "S", "M", "A", "R", "T", "score", "missing", "hint"})
        EXPECT_TRUE(json["goals"][0].contains(key)) << key;
    for (const char* key : {"id", "from", "to", "what", "agreed", "status", "missed_in_a_row",
                            "missed_last_4", "ladder", "escalation"})
        EXPECT_TRUE(json["requests"][0].contains(key)) << key;
    for (const char* key : {"sheet", "cell", "message"})
        EXPECT_TRUE(json["problems"][0].contains(key)) << key;
}

TEST(ReportJson, NumbersOfTheReport) {
    const nlohmann::json json = exported();
    EXPECT_EQ("2026-09", json["period"]);
    EXPECT_EQ("2026-09-30", json["as_of"]);
    const nlohmann::json& rev = json["departments"][0]["kpis"][0];
    EXPECT_EQ("REV", rev["id"]);
    EXPECT_EQ("up", rev["direction"]);
    EXPECT_EQ(90.0, rev["actual"]);
    EXPECT_EQ(100.0, rev["target"]);
    // 1 + (90 − 100)/100 = 0.9 → amber, KPI.STATUS 0
    EXPECT_NEAR(0.9, rev["attainment"].get<double>(), 1e-12);
    EXPECT_NEAR(0.9, rev["score"].get<double>(), 1e-12);
    EXPECT_EQ(0, rev["status"]);
    // only REV has a score: department 0.9, company 0.9 (MKT has none)
    EXPECT_NEAR(0.9, json["departments"][0]["score"].get<double>(), 1e-12);
    EXPECT_NEAR(0.9, json["company"]["score"].get<double>(), 1e-12);
    EXPECT_EQ(0, json["company"]["status"]);
    EXPECT_EQ(1, json["departments"][0]["amber"]);
    EXPECT_EQ("G1", json["company"]["goals"][0]["id"]);
    EXPECT_EQ("REV", json["company"]["goals"][0]["kpis"][0]);
}

TEST(ReportJson, ValuesThatCannotBeComputedAreNull) {
    const nlohmann::json json = exported();
    const nlohmann::json& rev = json["departments"][0]["kpis"][0];
    const nlohmann::json& calls = json["departments"][0]["kpis"][1];
    const nlohmann::json& mkt = json["departments"][1];
    EXPECT_TRUE(rev["previous"].is_null()); // no August value
    EXPECT_TRUE(rev["baseline"].is_null()); // not given
    EXPECT_TRUE(calls["actual"].is_null()); // stale
    EXPECT_TRUE(calls["attainment"].is_null());
    EXPECT_TRUE(calls["score"].is_null());
    EXPECT_TRUE(calls["status"].is_null());
    EXPECT_TRUE(calls["stale"].get<bool>());
    EXPECT_TRUE(mkt["score"].is_null()); // no KPI
    EXPECT_TRUE(mkt["status"].is_null());
    EXPECT_TRUE(mkt["on_time_in"].is_null()); // asks for nothing
    const nlohmann::json& r2 = json["requests"][1];
    EXPECT_TRUE(r2["status"].is_null()); // not agreed: nothing owed
    EXPECT_TRUE(r2["missed_in_a_row"].is_null());
    EXPECT_EQ(1, r2["ladder"]);
    EXPECT_TRUE(r2["escalation"].is_null());
}

TEST(ReportJson, RequestsAndProblems) {
    const nlohmann::json json = exported();
    const nlohmann::json& r1 = json["requests"][0];
    // April … September, nothing delivered: 6 in a row, 4 of the last 4 → step 3
    EXPECT_EQ("overdue", r1["status"]);
    EXPECT_EQ(6, r1["missed_in_a_row"]);
    EXPECT_EQ(4, r1["missed_last_4"]);
    EXPECT_EQ(3, r1["ladder"]);
    EXPECT_EQ("We do not receive from Marketing: leads.", r1["escalation"]);
    EXPECT_EQ(0.0, json["departments"][1]["on_time_out"]); // MKT: 0 of 6 on time
    const nlohmann::json& problem = json["problems"][0];
    EXPECT_EQ("KPIs", problem["sheet"]);
    EXPECT_EQ("D7", problem["cell"]);
    EXPECT_EQ("Sheet 'KPIs', cell D7: expected a number", problem["message"]);
}

TEST(ReportJson, GoalMarksAreBooleans) {
    const nlohmann::json json = exported();
    const nlohmann::json& goal = json["goals"][0];
    for (const char* letter : {"S", "M", "A", "R", "T"})
        EXPECT_TRUE(goal[letter].is_boolean()) << letter;
    EXPECT_TRUE(goal["department"].is_null()); // a company goal
}
