// The build facade (sheets/Build.hpp): raw sheets in, read and validated by the workbook
// reader, computed for the chosen period, laid out as the generated sheets and exported as
// JSON with the input problems rendered in the build language.
#include "core/common/Error.hpp"
#include "core/sheets/Build.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::sheets;
using concord::test::WorkbookBuilder;

namespace {

/// SAL "Sales" (REV: August 80, September 90 of 100) and MKT "Marketing" (LEADS: August 40,
/// September "abc" — a bad cell, so the row is left out and LEADS is stale); company goal
/// G0; request R1 SAL → MKT, monthly, due on the 10th, delivered in July only.
std::vector<RawSheet> workbook() {
    return WorkbookBuilder()
        .department("SAL", "Sales", {{"weight", 1.0}})
        .department("MKT", "Marketing", {{"weight", 1.0}})
        .goal("G0", "company", "Grow revenue to 100 thousand a month by 31.12.2026",
              {{"owner", "CEO"}, {"kpi", "REV"}, {"deadline", "2026-12-31"}})
        .kpi("REV", "Revenue", "SAL", 100.0, {{"unit", "k€"}, {"direction", "up"}, {"weight", 2.0}})
        .kpi("LEADS", "Leads", "MKT", 50.0, {{"direction", "up"}, {"weight", 1.0}})
        .actual("REV", "2026-08", 80.0)
        .actual("REV", "2026-09", 90.0)
        .actual("LEADS", "2026-09", "abc")
        .actual("LEADS", "2026-08", 40.0)
        .request(
            "R1", "SAL", "MKT", "leads",
            {{"why", "we call them"}, {"frequency", "month"}, {"due_day", 10.0}, {"agreed", "yes"}})
        .delivery("R1", "2026-07", "2026-07-05")
        .sheets();
}

BuildOptions options(Language language = Language::En) {
    BuildOptions o;
    o.language = language;
    o.generatedAt = {{2026, 10, 1}, 9, 0};
    return o;
}

std::string errorId(const std::vector<RawSheet>& sheets, const BuildOptions& o) {
    try {
        build(sheets, o, CONCORD_DATA_DIR);
    } catch (const Error& error) {
        return error.id();
    }
    return "no error";
}

} // namespace

TEST(Build, SheetsInTheirOrder) {
    const BuildResult result = build(workbook(), options(), CONCORD_DATA_DIR);
    EXPECT_EQ("2026-09", result.period);
    std::vector<std::string> names;
    for (const Layout& s : result.sheets)
        names.push_back(s.kind + ":" + s.name);
    EXPECT_EQ(
        (std::vector<std::string>{"company:Company", "people:People", "scorecard:Scorecard SAL",
                                  "scorecard:Scorecard MKT", "smart:SMART",
                                  "requests:Request matrix", "escalations:Escalations"}),
        names);
}

TEST(Build, RussianNames) {
    const BuildResult result = build(workbook(), options(Language::Ru), CONCORD_DATA_DIR);
    std::vector<std::string> names;
    for (const Layout& s : result.sheets)
        names.push_back(s.name);
    EXPECT_EQ((std::vector<std::string>{"Компания", "Сотрудники", "Карта SAL", "Карта MKT", "SMART",
                                        "Матрица запросов", "Эскалации"}),
              names);
    EXPECT_EQ("Мы не получаем от отдела «Marketing»: leads. Нам это нужно, потому что we call "
              "them.",
              result.report["requests"][0]["escalation"]);
}

TEST(Build, NumbersInTheJson) {
    const BuildResult result = build(workbook(), options(), CONCORD_DATA_DIR);
    const nlohmann::json& json = result.report;
    EXPECT_EQ("2026-09", json["period"]);
    // REV: 1 + (90 − 100)/100 = 0.9; previous 80
    const nlohmann::json& rev = json["departments"][0]["kpis"][0];
    EXPECT_EQ(90.0, rev["actual"]);
    EXPECT_EQ(80.0, rev["previous"]);
    EXPECT_NEAR(0.9, rev["score"].get<double>(), 1e-12);
    // LEADS: its September row was left out: stale since August, MKT has no score
    const nlohmann::json& leads = json["departments"][1]["kpis"][0];
    EXPECT_TRUE(leads["actual"].is_null());
    EXPECT_EQ("2026-08", leads["last_period"]);
    EXPECT_TRUE(json["departments"][1]["score"].is_null());
    // company: only SAL's 0.9
    EXPECT_NEAR(0.9, json["company"]["score"].get<double>(), 1e-12);
    // R1: July on time, August and September missed: 2 in a row → step 2
    const nlohmann::json& r1 = json["requests"][0];
    EXPECT_EQ(2, r1["missed_in_a_row"]);
    EXPECT_EQ(2, r1["ladder"]);
    EXPECT_EQ("We do not receive from Marketing: leads. We need it because we call them.",
              r1["escalation"]);
    // goal G0 is a company goal with a KPI
    EXPECT_EQ("G0", json["goals"][0]["id"]);
    EXPECT_EQ("REV", json["company"]["goals"][0]["kpis"][0]);
}

TEST(Build, ProblemsWithSheetCellAndRenderedMessage) {
    const BuildResult result = build(workbook(), options(), CONCORD_DATA_DIR);
    ASSERT_EQ(1u, result.workbook.problems.size());
    ASSERT_EQ(1u, result.messages.size());
    const nlohmann::json& problem = result.report["problems"][0];
    EXPECT_EQ("Actuals", problem["sheet"]);
    EXPECT_EQ("C4", problem["cell"]);
    EXPECT_EQ(result.messages[0], problem["message"]);
    EXPECT_NE(std::string::npos, result.messages[0].find("C4")) << result.messages[0];
}

TEST(Build, ChosenPeriod) {
    BuildOptions o = options();
    o.period = "2026-08";
    const BuildResult result = build(workbook(), o, CONCORD_DATA_DIR);
    EXPECT_EQ("2026-08", result.period);
    // August: REV 80 → 1 + (80 − 100)/100 = 0.8; LEADS 40 → 0.8
    EXPECT_NEAR(0.8, result.report["departments"][0]["score"].get<double>(), 1e-12);
    EXPECT_NEAR(0.8, result.report["departments"][1]["score"].get<double>(), 1e-12);
}

TEST(Build, OptionsPickTheSheets) {
    BuildOptions o = options();
    o.scorecards = false;
    o.requests = false;
    const BuildResult result = build(workbook(), o, CONCORD_DATA_DIR);
    ASSERT_EQ(1u, result.sheets.size());
    EXPECT_EQ("smart", result.sheets[0].kind);
    EXPECT_TRUE(result.report.contains("departments")); // the export is always whole
}

TEST(Build, MissingTableOrBadPeriodStopsTheBuild) {
    std::vector<RawSheet> withoutKpis = workbook();
    withoutKpis.erase(std::find_if(withoutKpis.begin(), withoutKpis.end(),
                                   [](const RawSheet& s) { return s.name == "KPIs"; }));
    EXPECT_EQ("input.missing_table", errorId(withoutKpis, options()));
    BuildOptions o = options();
    o.period = "sometime";
    EXPECT_EQ("build.period_invalid", errorId(workbook(), o));
}
