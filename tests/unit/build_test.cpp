// The build facade (model/Build.hpp): raw sheets in, read and validated by the workbook
// reader, computed for the chosen period, laid out as the generated sheets and exported as
// JSON with the input problems rendered in the build language.
#include "core/common/Error.hpp"
#include "core/sheets/Build.hpp"

#include <gtest/gtest.h>

#include <initializer_list>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::sheets;

namespace {

RawSheet sheet(const std::string& name, std::initializer_list<std::vector<Cell>> rows) {
    std::size_t cols = 1;
    for (const auto& row : rows)
        cols = std::max(cols, row.size());
    RawSheet raw;
    raw.name = name;
    raw.cells = Grid(rows.size(), cols);
    std::size_t r = 0;
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            raw.cells.at(r, c) = row[c];
        ++r;
    }
    return raw;
}

Cell t(const char* text) {
    return std::string(text);
}

/// SAL "Sales" (REV: August 80, September 90 of 100) and MKT "Marketing" (LEADS: August 40,
/// September "abc" — a bad cell, so the row is left out and LEADS is stale); company goal
/// G0; request R1 SAL → MKT, monthly, due on the 10th, delivered in July only.
std::vector<RawSheet> workbook() {
    return {
        sheet("Departments", {{t("Code"), t("Name"), t("Weight")},
                              {t("SAL"), t("Sales"), 1.0},
                              {t("MKT"), t("Marketing"), 1.0}}),
        sheet("KPIs", {{t("ID"), t("Name"), t("Department"), t("Unit"), t("Direction"), t("Target"),
                        t("Weight")},
                       {t("REV"), t("Revenue"), t("SAL"), t("k€"), t("up"), 100.0, 2.0},
                       {t("LEADS"), t("Leads"), t("MKT"), Cell(), t("up"), 50.0, 1.0}}),
        sheet("Actuals", {{t("KPI"), t("Period"), t("Value")},
                          {t("REV"), t("2026-08"), 80.0},
                          {t("REV"), t("2026-09"), 90.0},
                          {t("LEADS"), t("2026-09"), t("abc")},
                          {t("LEADS"), t("2026-08"), 40.0}}),
        sheet("Goals", {{t("ID"), t("Level"), t("Owner"), t("Goal"), t("KPI"), t("Deadline")},
                        {t("G0"), t("company"), t("CEO"),
                         t("Grow revenue to 100 thousand a month by 31.12.2026"), t("REV"),
                         t("2026-12-31")}}),
        sheet("Requests", {{t("ID"), t("From"), t("To"), t("What"), t("Why"), t("Frequency"),
                            t("Due day"), t("Agreed")},
                           {t("R1"), t("SAL"), t("MKT"), t("leads"), t("we call them"), t("month"),
                            10.0, t("yes")}}),
        sheet("Deliveries", {{t("Request"), t("Period"), t("Delivered on")},
                             {t("R1"), t("2026-07"), t("2026-07-05")}}),
    };
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
    EXPECT_EQ((std::vector<std::string>{"company:Company", "scorecard:Scorecard SAL",
                                        "scorecard:Scorecard MKT", "smart:SMART",
                                        "requests:Request matrix", "escalations:Escalations"}),
              names);
}

TEST(Build, RussianNames) {
    const BuildResult result = build(workbook(), options(Language::Ru), CONCORD_DATA_DIR);
    std::vector<std::string> names;
    for (const Layout& s : result.sheets)
        names.push_back(s.name);
    EXPECT_EQ((std::vector<std::string>{"Компания", "Карта SAL", "Карта MKT", "SMART",
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
    withoutKpis.erase(withoutKpis.begin() + 1);
    EXPECT_EQ("input.missing_table", errorId(withoutKpis, options()));
    BuildOptions o = options();
    o.period = "sometime";
    EXPECT_EQ("build.period_invalid", errorId(workbook(), o));
}
