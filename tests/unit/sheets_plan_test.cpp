// The plan of a generator run (DESIGN §3 data safety): which sheets go, the names and
// places of the new ones, the notes of clashes, the registry after the run. Positions are
// 0-based places in the document.
#include "core/common/Error.hpp"
#include "core/sheets/Plan.hpp"

#include <gtest/gtest.h>

using namespace concord::core::sheets;
using concord::core::common::Error;

namespace {

Layout layout(const std::string& kind, const std::string& key, const std::string& name,
              int frozenRows = 0, int frozenCols = 0) {
    Layout sheet;
    sheet.kind = kind;
    sheet.key = key;
    sheet.name = name;
    sheet.frozenRows = frozenRows;
    sheet.frozenCols = frozenCols;
    return sheet;
}

const std::vector<std::string> inputs = {"Departments", "KPIs", "Actuals"};

} // namespace

TEST(SheetsPlan, FirstRunAppendsTheSheetsUnderValidNames) {
    // nothing generated yet: the new sheets go at the end (places 3, 4, 5) in build order;
    // '/' and ':' become '_', the apostrophes around 'Q' and a name of apostrophes only
    // ("_") are valid names too — the written names, not the wanted ones, are no clash
    const std::vector<Layout> layouts = {layout("scorecard", "A/B", "Scorecard A/B:C", 4, 2),
                                         layout("smart", "", "'Q'"), layout("requests", "", "'''")};
    const Plan result = plan(layouts, inputs, {}, Scope::parse("all"));
    EXPECT_EQ(std::vector<PlannedSheet>{}, result.remove);
    EXPECT_EQ((std::vector<PlannedSheet>{{"Scorecard A_B_C", 3, "scorecard", "A/B", 4, 2, 0},
                                         {"Q", 4, "smart", "", 0, 0, 1},
                                         {"_", 5, "requests", "", 0, 0, 2}}),
              result.write);
    EXPECT_EQ(std::vector<Renamed>{}, result.renamed);
    EXPECT_EQ((std::vector<GeneratedSheet>{{"Scorecard A_B_C", "scorecard", "A/B", ""},
                                           {"Q", "smart", "", ""},
                                           {"_", "requests", "", ""}}),
              result.registry);
}

TEST(SheetsPlan, AUserSheetKeepsItsNameAndTheNewSheetGetsAFreeOne) {
    // the user's "Company" (place 3) stays; the generated one becomes "Company (2)", noted
    const std::vector<std::string> document = {"Departments", "KPIs", "Actuals", "Company"};
    const Plan result =
        plan({layout("scorecard", "SAL", "Scorecard SAL"), layout("company", "", "Company")},
             document, {}, Scope::parse("all"));
    EXPECT_EQ((std::vector<PlannedSheet>{{"Scorecard SAL", 4, "scorecard", "SAL", 0, 0, 0},
                                         {"Company (2)", 5, "company", "", 0, 0, 1}}),
              result.write);
    EXPECT_EQ((std::vector<Renamed>{{"Company", "Company (2)"}}), result.renamed);
    EXPECT_EQ((std::vector<GeneratedSheet>{{"Scorecard SAL", "scorecard", "SAL", ""},
                                           {"Company (2)", "company", "", ""}}),
              result.registry);
}

TEST(SheetsPlan, NamesClashIgnoringCaseCyrillicIncluded) {
    // "компания" and "КОМПАНИЯ (2)" are the user's: Calc takes them for "Компания" and
    // "Компания (2)", so the generated sheet is "Компания (3)"
    const std::vector<std::string> document = {"Подразделения", "компания", "КОМПАНИЯ (2)"};
    const Plan result =
        plan({layout("company", "", "Компания")}, document, {}, Scope::parse("all"));
    EXPECT_EQ((std::vector<PlannedSheet>{{"Компания (3)", 3, "company", "", 0, 0, 0}}),
              result.write);
    EXPECT_EQ((std::vector<Renamed>{{"Компания", "Компания (3)"}}), result.renamed);
}

TEST(SheetsPlan, RegeneratingReplacesOnlyTheRegisteredSheetsWhereTheFirstStood) {
    // places: Departments 0, Scorecard SAL 1, Notes 2 (the user's), Company 3, SMART 4,
    // Escalations 5 (the user's: not registered). The registry lists the generated ones
    // out of document order; they go in document order (1, 3, 4). Their names are free
    // again (no note); the user's "Escalations" is a clash. The new sheets take the places
    // from 1 on, in build order, in the document without the removed ones
    // [Departments, Notes, Escalations]: Notes and Escalations end up after them.
    const std::vector<std::string> document = {"Departments", "Scorecard SAL", "Notes",
                                               "Company",     "SMART",         "Escalations"};
    const std::vector<GeneratedSheet> registry = {{"Company", "company", "", ""},
                                                  {"Scorecard SAL", "scorecard", "SAL", ""},
                                                  {"SMART", "smart", "", ""}};
    const Plan result =
        plan({layout("scorecard", "SAL", "Scorecard SAL"), layout("company", "", "Company"),
              layout("smart", "", "SMART"), layout("escalations", "", "Escalations")},
             document, registry, Scope::parse("all"));
    EXPECT_EQ((std::vector<PlannedSheet>{{"Scorecard SAL", 1, "scorecard", "SAL", 0, 0, 0},
                                         {"Company", 3, "company", "", 0, 0, 0},
                                         {"SMART", 4, "smart", "", 0, 0, 0}}),
              result.remove);
    EXPECT_EQ((std::vector<PlannedSheet>{{"Scorecard SAL", 1, "scorecard", "SAL", 0, 0, 0},
                                         {"Company", 2, "company", "", 0, 0, 1},
                                         {"SMART", 3, "smart", "", 0, 0, 2},
                                         {"Escalations (2)", 4, "escalations", "", 0, 0, 3}}),
              result.write);
    EXPECT_EQ((std::vector<Renamed>{{"Escalations", "Escalations (2)"}}), result.renamed);
    EXPECT_EQ((std::vector<GeneratedSheet>{{"Scorecard SAL", "scorecard", "SAL", ""},
                                           {"Company", "company", "", ""},
                                           {"SMART", "smart", "", ""},
                                           {"Escalations (2)", "escalations", "", ""}}),
              result.registry);
}

TEST(SheetsPlan, ADepartmentBuildKeepsTheOtherScorecardsAndTheCompanySheet) {
    // the core lays out every scorecard and the company sheet; only SAL's is written, in
    // the place of the old one (1); MKT's and Company stay registered, SAL's comes last
    const std::vector<std::string> document = {"Departments", "Scorecard SAL", "Scorecard MKT",
                                               "Company"};
    const std::vector<GeneratedSheet> registry = {{"Scorecard SAL", "scorecard", "SAL", ""},
                                                  {"Scorecard MKT", "scorecard", "MKT", ""},
                                                  {"Company", "company", "", ""}};
    const Plan result =
        plan({layout("scorecard", "SAL", "Scorecard SAL"),
              layout("scorecard", "MKT", "Scorecard MKT"), layout("company", "", "Company")},
             document, registry, Scope::parse("scorecards:SAL"));
    EXPECT_EQ((std::vector<PlannedSheet>{{"Scorecard SAL", 1, "scorecard", "SAL", 0, 0, 0}}),
              result.remove);
    EXPECT_EQ((std::vector<PlannedSheet>{{"Scorecard SAL", 1, "scorecard", "SAL", 0, 0, 0}}),
              result.write);
    EXPECT_EQ((std::vector<GeneratedSheet>{{"Scorecard MKT", "scorecard", "MKT", ""},
                                           {"Company", "company", "", ""},
                                           {"Scorecard SAL", "scorecard", "SAL", ""}}),
              result.registry);
}

TEST(SheetsPlan, ASmartBuildLeavesTheScorecardsAlone) {
    // registered scorecard and SMART; only SMART (place 2) is replaced, in its place
    const std::vector<std::string> document = {"Departments", "Scorecard SAL", "SMART", "Notes"};
    const std::vector<GeneratedSheet> registry = {{"Scorecard SAL", "scorecard", "SAL", ""},
                                                  {"SMART", "smart", "", ""}};
    const Plan result =
        plan({layout("smart", "", "SMART", 1, 0)}, document, registry, Scope::parse("smart"));
    EXPECT_EQ((std::vector<PlannedSheet>{{"SMART", 2, "smart", "", 0, 0, 0}}), result.remove);
    EXPECT_EQ((std::vector<PlannedSheet>{{"SMART", 2, "smart", "", 1, 0, 0}}), result.write);
    EXPECT_EQ(registry, result.registry);
}

TEST(SheetsPlan, AnUnknownDepartmentIsAnInputError) {
    try {
        plan({layout("scorecard", "SAL", "Scorecard SAL"), layout("company", "", "Company")},
             inputs, {}, Scope::parse("scorecards:XYZ"));
        FAIL() << "planned a build of an unknown department";
    } catch (const Error& error) {
        EXPECT_EQ("build.department_unknown", error.id());
        EXPECT_EQ("XYZ", error.value());
        EXPECT_STREQ("[build.department_unknown] no department with the code \"XYZ\": XYZ",
                     error.what());
    }
}

TEST(SheetsPlan, ACheckPlansNothing) {
    const std::vector<GeneratedSheet> registry = {{"SMART", "smart", "", ""}};
    const Plan result = plan({layout("smart", "", "SMART")}, {"Departments", "SMART"}, registry,
                             Scope::parse("check"));
    EXPECT_EQ(std::vector<PlannedSheet>{}, result.remove);
    EXPECT_EQ(std::vector<PlannedSheet>{}, result.write);
    EXPECT_EQ(std::vector<GeneratedSheet>{}, result.registry);
}

namespace {

Layout printed(const std::string& kind, const std::string& key, const std::string& name,
               const std::string& fingerprint) {
    Layout sheet = layout(kind, key, name);
    sheet.fingerprint = fingerprint;
    return sheet;
}

} // namespace

TEST(SheetsPlan, ARebuildOfTheSameSheetsKeepsTheUnchangedOnesAndRewritesTheOthersInPlace) {
    // generated: Company (3), the user's Notes (4), Scorecard SAL (5), Scorecard MKT (6).
    // The new build has the same three sheets: Company and MKT with the fingerprints the
    // registry holds ("c1", "m1"), SAL with a new one ("s2" against "s1"). So only SAL goes
    // and comes back at its place 5; Company and MKT are kept at 3 and 6; the registry keeps
    // the order with SAL's new fingerprint.
    const std::vector<std::string> document = {
        "Departments", "KPIs", "Actuals", "Company", "Notes", "Scorecard SAL", "Scorecard MKT"};
    const std::vector<GeneratedSheet> registry = {{"Company", "company", "", "c1"},
                                                  {"Scorecard SAL", "scorecard", "SAL", "s1"},
                                                  {"Scorecard MKT", "scorecard", "MKT", "m1"}};
    const Plan result = plan({printed("company", "", "Company", "c1"),
                              printed("scorecard", "SAL", "Scorecard SAL", "s2"),
                              printed("scorecard", "MKT", "Scorecard MKT", "m1")},
                             document, registry, Scope::parse("all"));
    EXPECT_EQ((std::vector<PlannedSheet>{{"Scorecard SAL", 5, "scorecard", "SAL", 0, 0, 0}}),
              result.remove);
    EXPECT_EQ((std::vector<PlannedSheet>{{"Scorecard SAL", 5, "scorecard", "SAL", 0, 0, 1}}),
              result.write);
    EXPECT_EQ((std::vector<PlannedSheet>{{"Company", 3, "company", "", 0, 0, 0},
                                         {"Scorecard MKT", 6, "scorecard", "MKT", 0, 0, 2}}),
              result.keep);
    EXPECT_EQ(std::vector<Renamed>{}, result.renamed);
    EXPECT_EQ((std::vector<GeneratedSheet>{{"Company", "company", "", "c1"},
                                           {"Scorecard SAL", "scorecard", "SAL", "s2"},
                                           {"Scorecard MKT", "scorecard", "MKT", "m1"}}),
              result.registry);
}

TEST(SheetsPlan, ARebuildWithANewDepartmentReplacesAllItsSheetsAsBefore) {
    // a department more (FIN): the names differ from the registered ones, so every sheet in
    // scope goes and the new ones are written from the first one's place (3) on, whatever
    // their fingerprints
    const std::vector<std::string> document = {"Departments", "KPIs", "Actuals", "Company",
                                               "Scorecard SAL"};
    const std::vector<GeneratedSheet> registry = {{"Company", "company", "", "c1"},
                                                  {"Scorecard SAL", "scorecard", "SAL", "s1"}};
    const Plan result = plan({printed("company", "", "Company", "c1"),
                              printed("scorecard", "SAL", "Scorecard SAL", "s1"),
                              printed("scorecard", "FIN", "Scorecard FIN", "f1")},
                             document, registry, Scope::parse("all"));
    EXPECT_EQ(2u, result.remove.size());
    EXPECT_EQ((std::vector<PlannedSheet>{{"Company", 3, "company", "", 0, 0, 0},
                                         {"Scorecard SAL", 4, "scorecard", "SAL", 0, 0, 1},
                                         {"Scorecard FIN", 5, "scorecard", "FIN", 0, 0, 2}}),
              result.write);
    EXPECT_EQ(std::vector<PlannedSheet>{}, result.keep);
}

TEST(SheetsPlan, ARegistryWithoutFingerprintsRewritesEverySheetOnce) {
    // an older registry (no fingerprint): same sheets, so each is rewritten at its place
    const std::vector<std::string> document = {"Departments", "Company"};
    const Plan result = plan({printed("company", "", "Company", "c1")}, document,
                             {{"Company", "company", "", ""}}, Scope::parse("all"));
    EXPECT_EQ((std::vector<PlannedSheet>{{"Company", 1, "company", "", 0, 0, 0}}), result.write);
    EXPECT_EQ(std::vector<PlannedSheet>{}, result.keep);
    EXPECT_EQ((std::vector<GeneratedSheet>{{"Company", "company", "", "c1"}}), result.registry);
}
