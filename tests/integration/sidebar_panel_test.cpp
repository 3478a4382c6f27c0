// The Concord panel made by the office's UIElementFactoryManager on the frame of a Calc
// document, as the sidebar makes it: its size for a width, what it shows about the
// workbook (SidebarWorkbook: 3 departments, 2 valid KPIs, 2 goals, 1 request, 2 input
// problems; periods 2026-09 and 2026-08), its words (ui.json), and how it follows the
// sidebar's width.
#include "OfficeEnvironment.hpp"
#include "SidebarTest.hpp"
#include "SidebarTexts.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

namespace concord::integration {

using css::accessibility::AccessibleRole::PUSH_BUTTON;

using SidebarPanel = SidebarTest;

// --- the element the sidebar gets -------------------------------------------------------

TEST_F(SidebarPanel, IsAToolPanelWithAWindow) {
    EXPECT_EQ(css::ui::UIElementType::TOOLPANEL, panel().element()->getType());
    EXPECT_EQ("private:resource/toolpanel/ConcordFactory/Main",
              ::concord::uno::toUtf8(panel().element()->getResourceURL()));
    EXPECT_TRUE(panel().panelWindow().is());
}

TEST_F(SidebarPanel, AsksForASaneHeightAtSidebarWidths) {
    const css::ui::LayoutSize size = panel().heightForWidth(320);
    // result of: every section fits in a few hundred pixels; the list may take the rest
    EXPECT_GT(size.Minimum, 250);
    EXPECT_LT(size.Minimum, 1200);
    EXPECT_EQ(-1, size.Maximum);
    // definition of: the preferred height holds the minimum; narrower wraps more, never less
    EXPECT_GE(size.Preferred, size.Minimum);
    EXPECT_GE(panel().heightForWidth(200).Minimum, panel().heightForWidth(500).Minimum);
    const int minimalWidth = panel().minimalWidth();
    EXPECT_GT(minimalWidth, 100);
    EXPECT_LE(minimalWidth, 320);
}

TEST_F(SidebarPanel, FollowsTheSidebarWidth) {
    const std::string button = ui("button.all");
    panel().resize(320, 900);
    ASSERT_TRUE(SidebarPanelDriver::waitUntil(
        [&] { return panel().buttonBounds(button).Width <= 320 - 12; }));
    const int narrow = panel().buttonBounds(button).Width;
    panel().resize(500, 900);
    // the buttons span the content width: 180 pixels wider when the sidebar is
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] {
        return panel().buttonBounds(button).Width == narrow + 180;
    })) << "button width "
        << panel().buttonBounds(button).Width << ", was " << narrow;
}

// --- what it shows --------------------------------------------------------------------

TEST_F(SidebarPanel, CountsWhatTheWorkbookHolds) {
    EXPECT_EQ("3", panel().textAfter(ui("count.departments")));
    EXPECT_EQ("2", panel().textAfter(ui("count.kpis"))); // K3 has a problem: left out
    EXPECT_EQ("2", panel().textAfter(ui("count.goals")));
    EXPECT_EQ("1", panel().textAfter(ui("count.requests")));
    EXPECT_EQ("2", panel().textAfter(ui("count.problems")));
}

TEST_F(SidebarPanel, OffersThePeriodsOfActualsLatestFirst) {
    const std::vector<std::string> expected = {ui("period.latest", {"2026-09"}), "2026-08"};
    EXPECT_EQ(expected, panel().chooserEntries(0));
    EXPECT_EQ(expected.front(), panel().chosenEntry(0));
}

TEST_F(SidebarPanel, OffersAllDepartmentsOrOne) {
    const std::vector<std::string> expected = {
        ui("department.all"), ui("department.item", {"SAL", "Sales"}),
        ui("department.item", {"MKT", "Marketing"}), ui("department.item", {"FIN", "Finance"})};
    EXPECT_EQ(expected, panel().chooserEntries(1));
    EXPECT_EQ(expected.front(), panel().chosenEntry(1));
}

TEST_F(SidebarPanel, ListsEveryInputProblemWithItsCell) {
    const auto lines = panel().problemLines();
    ASSERT_EQ(2U, lines.size());
    EXPECT_EQ(0U, lines[0].rfind("KPIs!G4: ", 0)) << lines[0];    // Target "abc"
    EXPECT_EQ(0U, lines[1].rfind("Actuals!A5: ", 0)) << lines[1]; // KPI "K9"
    EXPECT_EQ(ui("messages.pick"), panel().detail());
}

TEST_F(SidebarPanel, SpeaksTheWordsOfUiJson) {
    const std::vector<std::string> buttons = {
        ui("button.scorecards"), ui("button.smart"),   ui("button.requests"), ui("button.all"),
        ui("button.pdf"),        ui("button.handout"), ui("button.collect"),  ui("button.check")};
    EXPECT_EQ(buttons, panel().names(PUSH_BUTTON));
    EXPECT_EQ(ui("status.ready"), panel().status());
    for (const char* id : {"heading.workbook", "heading.build", "label.period", "label.department"})
        EXPECT_FALSE(panel().textAfter(ui(id)).empty()) << id << " is not shown";
}

// --- on a document that is not a Concord workbook --------------------------------------

TEST(SidebarPanelOnOtherDocuments, SaysWhatIsMissingAndHowToStart) {
    const auto document = cli::CalcDocument::create(OfficeEnvironment::office());
    SidebarPanelDriver panel(OfficeEnvironment::office(), document);
    const std::string hint = SidebarTexts::text("status.not_workbook", "en", {""});
    const std::string status = panel.status();
    // "<the reader's message> Open a Concord workbook, or start one: …"
    EXPECT_NE(std::string::npos, status.find(hint)) << status;
    EXPECT_GT(status.size(), hint.size()) << "the missing table is not named";
    EXPECT_EQ("–", panel.textAfter(SidebarTexts::text("count.departments")));
    EXPECT_TRUE(panel.problemLines().empty());
}

} // namespace concord::integration

namespace concord::integration {

TEST(SidebarPanelTexts, EveryTextOfUiJsonIsThereInEnglishAndRussian) {
    std::size_t texts = 0;
    for (const auto& item : SidebarTexts::all().items()) {
        if (item.key() == "about")
            continue;
        ++texts;
        for (const char* language : {"en", "ru"}) {
            const auto found = item.value().find(language);
            ASSERT_TRUE(found != item.value().end() && found->is_string())
                << item.key() << " has no " << language;
            EXPECT_FALSE(found->get<std::string>().empty()) << item.key() << "." << language;
        }
    }
    EXPECT_GT(texts, 30U);
}

} // namespace concord::integration
