// The meaning of XGenerator::build's `what` (DESIGN §3): what a run builds and which of
// Concord's sheets it replaces.
#include "core/common/Error.hpp"
#include "core/sheets/Scope.hpp"

#include <gtest/gtest.h>

using concord::core::common::Error;
using concord::core::sheets::Scope;

namespace {

using Kinds = std::vector<std::string>;

} // namespace

TEST(SheetsScope, EachWhatBuildsAndReplacesItsSheets) {
    const struct {
        const char* what;
        bool scorecards, smart, requests, write, everyKind;
        Kinds kinds;
        const char* key;
    } cases[] = {
        // everything, replacing every generated sheet
        {"all", true, true, true, true, true, {}, ""},
        // trimmed, case ignored; scorecards come with the company sheet
        {"  Scorecards ", true, false, false, true, false, {"scorecard", "company", "people"}, ""},
        {"smart", false, true, false, true, false, {"smart"}, ""},
        {"REQUESTS", false, false, true, true, false, {"requests", "escalations"}, ""},
        // computes everything, writes nothing
        {"check", true, true, true, false, false, {}, ""},
        // one department: its scorecard only, the code trimmed but not case-folded
        {"scorecards: SAL ", true, false, false, true, false, {"scorecard"}, "SAL"},
        {"scorecards:sal", true, false, false, true, false, {"scorecard"}, "sal"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        const Scope scope = Scope::parse(c.what);
        EXPECT_EQ(c.scorecards, scope.scorecards);
        EXPECT_EQ(c.smart, scope.smart);
        EXPECT_EQ(c.requests, scope.requests);
        EXPECT_EQ(c.write, scope.write);
        EXPECT_EQ(c.everyKind, scope.everyKind);
        EXPECT_EQ(c.kinds, scope.kinds);
        EXPECT_EQ(c.key, scope.key);
    }
}

TEST(SheetsScope, AnythingElseIsRejectedNamingTheValue) {
    // unknown words, a department without code, a code on a build that has none
    for (const char* what :
         {"everything", "", "scorecards:", "scorecards:  ", "smart:SAL", "all:x"}) {
        SCOPED_TRACE(what);
        try {
            Scope::parse(what);
            ADD_FAILURE() << "accepted";
        } catch (const Error& error) {
            EXPECT_EQ("build.what_invalid", error.id());
            EXPECT_EQ(what, error.value());
            EXPECT_NE(std::string::npos, std::string(error.what()).find("unknown build"));
        }
    }
}

TEST(SheetsScope, CoversTheKindsAndTheDepartmentItNames) {
    const Scope all = Scope::parse("all");
    EXPECT_TRUE(all.covers("smart", ""));
    EXPECT_TRUE(all.covers("scorecard", "MKT"));
    const Scope scorecards = Scope::parse("scorecards");
    EXPECT_TRUE(scorecards.covers("company", ""));
    EXPECT_TRUE(scorecards.covers("scorecard", "MKT"));
    EXPECT_FALSE(scorecards.covers("smart", ""));
    const Scope sales = Scope::parse("scorecards:SAL");
    EXPECT_TRUE(sales.covers("scorecard", "SAL"));
    EXPECT_FALSE(sales.covers("scorecard", "MKT"));
    // the company sheet stays in a one-department build
    EXPECT_FALSE(sales.covers("company", ""));
}
