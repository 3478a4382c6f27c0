// The status line after a build, as a user reads it in the panel (through accessibility,
// the whole text): when the build ran, every sheet it wrote, the company's score and how it
// moved since the build before, and the input problems. It grows the panel (the controls are
// placed again and the sidebar is asked for a new layout), it stops claiming the sheets once
// the build is undone, and the problem list's tooltip holds every problem line in full.
//
// SidebarWorkbook, 2026-09, by hand (KPIs up, no baseline: attainment 1 + (actual − target) /
// target, the score of a department the weighted mean of its KPI scores):
//   SAL  K1 95 of 100  → 1 + (95 − 100) / 100 = 0.95
//   MKT  K2 150 of 200 → 1 + (150 − 200) / 200 = 0.75
//   FIN  its only KPI K3 has a problem (Target "abc"): no score, left out
//   Company (department weights 1) = (0.95 + 0.75) / 2 = 0.85 → "85.0 %", amber
//   (0.7 ≤ 0.85 < 0.95).
#include "SheetView.hpp"
#include "SidebarTest.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <regex>
#include <sstream>

namespace concord::integration {

namespace {

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : separator) + part;
    return text;
}

} // namespace

class SidebarStatus : public SidebarTest {
protected:
    /// Presses Build scorecards; returns the sheets it wrote, in document order (the order
    /// of GenerationResult::sheets).
    std::vector<std::string> buildScorecards() {
        const auto before = sheetNames();
        pressAndWait("button.scorecards");
        return newSheets(before);
    }
    /// The time in "Built for 2026-09 at 14:32:05: …"; fails the test when the status line
    /// does not start so.
    std::string buildTime(const std::string& status) {
        const std::string marker = "\x01";
        const std::string start = ui("status.built", {"2026-09", "", marker});
        const std::string prefix = start.substr(0, start.find(marker));
        EXPECT_EQ(0U, status.rfind(prefix, 0)) << status;
        const std::string time = status.substr(prefix.size(), 8);
        EXPECT_TRUE(std::regex_match(time, std::regex("[0-2][0-9]:[0-5][0-9]:[0-5][0-9]"))) << time;
        return time;
    }
    /// Actuals!C4, the value of K2 for 2026-09.
    void setK2September(double value) {
        css::uno::Reference<css::sheet::XSpreadsheet> actuals(
            document().model()->getSheets()->getByName("Actuals"), css::uno::UNO_QUERY_THROW);
        actuals->getCellByPosition(2, 3)->setValue(value);
    }
};

TEST_F(SidebarStatus, TellsTheWholeBuildTheCompanyScoreAndTheProblems) {
    const auto written = buildScorecards();
    ASSERT_FALSE(written.empty());
    const std::string status = panel().status();
    const std::string time = buildTime(status);
    // the whole text, line by line: what was built, the company, the 2 input problems
    const std::vector<std::string> expected = {
        ui("status.built", {"2026-09", joined(written, ", "), time}),
        "Company: 85.0 %, amber.",
        "Input problems: 2; the rows concerned were left out.",
    };
    EXPECT_EQ(expected, linesOf(status));
    EXPECT_EQ(joined(expected, "\n"), status);
    // the view shows the company sheet the button built
    EXPECT_EQ("Company", SheetView::activeSheet(document()));
}

TEST_F(SidebarStatus, GrowsThePanelAndAsksTheSidebarForALayout) {
    const int heightBefore = panel().statusBounds().Height;
    const int minimumBefore = panel().heightForWidth(320).Minimum;
    const int requestsBefore = sidebar().requests();
    buildScorecards();
    // "Choose a period and press a button. …" takes 2 lines at 320 pixels; the build's text
    // takes at least 4 (the sheet list, the company, the problems sentence). The status line
    // is placed again at once, with no resize from the sidebar.
    EXPECT_GT(panel().statusBounds().Height, heightBefore) << panel().status();
    EXPECT_GT(panel().heightForWidth(320).Minimum, minimumBefore);
    EXPECT_GT(sidebar().requests(), requestsBefore);
}

TEST_F(SidebarStatus, ARebuildSaysWhenAndHowTheCompanyScoreMoved) {
    buildScorecards();
    // K2 150 → 170: MKT 1 + (170 − 200) / 200 = 0.85; company (0.95 + 0.85) / 2 = 0.9,
    // still amber (< 0.95), was 0.85
    setK2September(170);
    pressAndWait("button.scorecards");
    const auto lines = linesOf(panel().status());
    ASSERT_GE(lines.size(), 2U) << panel().status();
    buildTime(lines[0]);
    EXPECT_EQ("Company: 90.0 %, amber (was 85.0 %).", lines[1]);
}

TEST_F(SidebarStatus, AnUndoneBuildIsNoLongerClaimed) {
    const auto written = buildScorecards();
    const std::string built = panel().status();
    const std::string time = buildTime(built);
    SheetView::undo(document());
    // the undo changes the workbook; the panel reads it again once the office is idle
    const std::string undone = "The build for 2026-09 at " + time +
                               " was undone: its sheets are no longer in the workbook.";
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] { return panel().status() == undone; }))
        << panel().status();
    for (const std::string& name : written)
        EXPECT_EQ(std::string::npos, panel().status().find(name)) << name;
    // redo puts the sheets back, and with them the build's own text
    SheetView::redo(document());
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] { return panel().status() == built; }))
        << panel().status();
}

TEST_F(SidebarStatus, UndoShowsTheSheetShownBeforeTheBuild) {
    SheetView::activate(document(), "Goals");
    buildScorecards();
    ASSERT_EQ("Company", SheetView::activeSheet(document()));
    SheetView::undo(document());
    EXPECT_EQ("Goals", SheetView::activeSheet(document()));
}

TEST_F(SidebarStatus, TheProblemListsTooltipHoldsEveryLineInFull) {
    const auto lines = panel().problemLines();
    ASSERT_EQ(2U, lines.size());
    // KPIs!G4 (Target "abc") and Actuals!A5 (unknown KPI K9), one a line
    EXPECT_EQ(lines[0] + "\n" + lines[1], panel().problemsTip());
    EXPECT_EQ(0U, lines[0].rfind("KPIs!G4: ", 0)) << lines[0];
    EXPECT_EQ(0U, lines[1].rfind("Actuals!A5: ", 0)) << lines[1];
}

TEST_F(SidebarStatus, TheTooltipCountsTheLinesPastTwenty) {
    // 22 more Actuals rows (6 to 27), each for an unknown KPI X1…X22: 2 + 22 = 24 problems
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> rows(22);
    for (sal_Int32 i = 0; i < 22; ++i) {
        const css::uno::Any row[] = {
            css::uno::Any(::concord::uno::fromUtf8("X" + std::to_string(i + 1))),
            css::uno::Any(rtl::OUString("2026-09")), css::uno::Any(5.0)};
        rows.getArray()[i] = css::uno::Sequence<css::uno::Any>(row, 3);
    }
    css::uno::Reference<css::table::XCellRange> actuals(
        document().model()->getSheets()->getByName("Actuals"), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XCellRangeData>(actuals->getCellRangeByName("A6:C27"),
                                                    css::uno::UNO_QUERY_THROW)
        ->setDataArray(rows);
    // after an edit only the counts follow at once; the problems on Check input
    panel().press(ui("button.check"));
    ASSERT_TRUE(SidebarPanelDriver::waitUntil([&] { return panel().problemLines().size() == 24; }))
        << panel().problemLines().size() << " problems shown";
    const auto lines = panel().problemLines();
    // the first 20 lines in full, then "… and 4 more. …"
    const std::vector<std::string> first(lines.begin(), lines.begin() + 20);
    EXPECT_EQ(joined(first, "\n") + "\n" + ui("messages.more", {"4"}), panel().problemsTip());
}

} // namespace concord::integration
