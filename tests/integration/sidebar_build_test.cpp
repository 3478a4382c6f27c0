// The panel's buttons, pressed through their accessible action as a click or a screen
// reader does (the office runs a button's listeners once it is idle), build the sheets through
// org.concord.Generator, and the status line says what was built. SidebarWorkbook's latest period
// is 2026-09; its English sheet names come from sheets.json ("Scorecard SAL", "Company", "SMART",
// "Escalations"…).
#include "SidebarTest.hpp"

#include <algorithm>

namespace concord::integration {

namespace {

bool has(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

class SidebarBuild : public SidebarTest {
protected:
    /// Presses the button and returns the sheets it added.
    std::vector<std::string> press(const std::string& label) {
        const auto before = sheetNames();
        pressAndWait(label);
        return newSheets(before);
    }
    /// "Built for <period> at " — the status line's start (the time follows), from ui.json.
    static std::string builtFor(const std::string& period) {
        const std::string marker = "\x01";
        const std::string text = ui("status.built", {period, "", marker});
        return text.substr(0, text.find(marker));
    }
    /// Each name is in the status line, which starts with builtFor(period).
    void expectReported(const std::vector<std::string>& names, const std::string& period) {
        const std::string status = panel().status();
        EXPECT_EQ(0U, status.rfind(builtFor(period), 0)) << status;
        for (const std::string& name : names)
            EXPECT_NE(std::string::npos, status.find(name)) << name << " not in: " << status;
    }
};

TEST_F(SidebarBuild, ScorecardsButtonBuildsAScorecardPerDepartmentAndTheCompany) {
    const auto added = press("button.scorecards");
    const std::vector<std::string> expected = {"Scorecard SAL", "Scorecard MKT", "Company"};
    for (const std::string& name : expected)
        EXPECT_TRUE(has(added, name)) << name << " was not built";
    EXPECT_FALSE(has(added, "SMART"));
    expectReported(expected, "2026-09");
}

TEST_F(SidebarBuild, CheckGoalsButtonBuildsTheSmartSheet) {
    const auto added = press("button.smart");
    EXPECT_TRUE(has(added, "SMART"));
    EXPECT_FALSE(has(added, "Company"));
    expectReported({"SMART"}, "2026-09");
}

TEST_F(SidebarBuild, RequestTablesButtonBuildsTheMatrixAndTheEscalations) {
    const auto added = press("button.requests");
    EXPECT_TRUE(has(added, "Escalations"));
    // the English matrix is "Request matrix", never the input table's name "Requests"
    EXPECT_TRUE(has(added, "Request matrix"));
    EXPECT_FALSE(has(added, "Requests (2)"));
    EXPECT_FALSE(has(added, "SMART"));
    expectReported({"Request matrix", "Escalations"}, "2026-09");
}

TEST_F(SidebarBuild, BuildAllButtonBuildsEverythingAsOneUndoStep) {
    const std::size_t steps = undoSteps();
    const auto added = press("button.all");
    const std::vector<std::string> expected = {"Scorecard SAL", "Scorecard MKT", "Company", "SMART",
                                               "Escalations"};
    for (const std::string& name : expected)
        EXPECT_TRUE(has(added, name)) << name << " was not built";
    expectReported(expected, "2026-09");
    // the build left the input alone, so the problems are still listed
    EXPECT_EQ(2U, panel().problemLines().size());

    // one step on the undo stack (what undoing it restores is the generator's own test,
    // GeneratorSafety)
    EXPECT_EQ(steps + 1, undoSteps());
}

TEST_F(SidebarBuild, TheChosenPeriodIsBuilt) {
    panel().choose(0, 1); // 2026-08
    ASSERT_EQ("2026-08", panel().chosenEntry(0));
    const auto added = press("button.all");
    EXPECT_TRUE(has(added, "Company"));
    expectReported({"Company"}, "2026-08");
}

TEST_F(SidebarBuild, TheChosenDepartmentGetsTheOnlyScorecard) {
    panel().choose(1, 1); // SAL — Sales
    ASSERT_EQ(ui("department.item", {"SAL", "Sales"}), panel().chosenEntry(1));
    const auto added = press("button.scorecards");
    EXPECT_TRUE(has(added, "Scorecard SAL")) << panel().status();
    EXPECT_FALSE(has(added, "Scorecard MKT"));
    EXPECT_FALSE(has(added, "Scorecard FIN"));
}

TEST_F(SidebarBuild, PressingAgainReplacesConcordsOwnSheets) {
    press("button.all");
    const auto built = sheetNames();
    const auto added = press("button.all");
    EXPECT_TRUE(added.empty()) << "a second build added " << added.front();
    EXPECT_EQ(built, sheetNames());
}

} // namespace concord::integration
