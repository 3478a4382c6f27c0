// The panel keeps up with edits without holding them up (issue 13): a change is only
// noted, and the workbook is read again off the UI thread once the edits pause. After a
// series of edits, row insertions and deletions the panel shows what a fresh read shows;
// "Check input" reads the workbook at once and lists its problems.
#include "OfficeEnvironment.hpp"
#include "SidebarTest.hpp"
#include "SidebarTexts.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/XModifiable2.hpp>

namespace concord::integration {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

/// What the panel shows of a workbook: the five counts, the choosers and the problems.
struct Shown {
    std::vector<std::string> counts;
    std::vector<std::string> periods;
    std::vector<std::string> departments;
    std::vector<std::string> problems;

    static Shown of(const SidebarPanelDriver& panel) {
        Shown shown;
        for (const char* id :
             {"count.departments", "count.kpis", "count.goals", "count.requests", "count.problems"})
            shown.counts.push_back(panel.textAfter(SidebarTexts::text(id)));
        shown.periods = panel.chooserEntries(0);
        shown.departments = panel.chooserEntries(1);
        shown.problems = panel.problemLines();
        return shown;
    }
    bool operator==(const Shown& other) const {
        return counts == other.counts && periods == other.periods &&
               departments == other.departments && problems == other.problems;
    }
};

std::string listed(const std::vector<std::string>& texts) {
    std::string out;
    for (const std::string& text : texts)
        out += '[' + text + ']';
    return out;
}

std::ostream& operator<<(std::ostream& out, const Shown& shown) {
    return out << "counts " << listed(shown.counts) << ", periods " << listed(shown.periods)
               << ", departments " << listed(shown.departments) << ", problems "
               << listed(shown.problems);
}

} // namespace

class SidebarEdits : public SidebarTest {
protected:
    Reference<css::sheet::XSpreadsheet> sheet(const char* name) {
        return Reference<css::sheet::XSpreadsheet>(
            document().model()->getSheets()->getByName(::concord::uno::fromUtf8(name)),
            UNO_QUERY_THROW);
    }
    Reference<css::table::XTableRows> rows(const char* name) {
        return Reference<css::table::XColumnRowRange>(sheet(name), UNO_QUERY_THROW)->getRows();
    }
    void type(const char* name, int column, int row, const char* text) {
        sheet(name)->getCellByPosition(column, row)->setFormula(::concord::uno::fromUtf8(text));
    }
};

TEST_F(SidebarEdits, AfterEditsInsertionsAndDeletionsThePanelShowsWhatAFreshReadShows) {
    // before: 3 departments, 2 KPIs (K3's Target "abc" is a problem), 2 goals, 1 request,
    // 2 problems (K3's Target, Actuals K9), periods 2026-09 and 2026-08
    ASSERT_EQ("2", panel().textAfter(ui("count.problems")));
    // one burst, as a user or a macro makes it:
    sheet("KPIs")->getCellByPosition(6, 3)->setValue(150); // K3's Target: KPIs 3
    rows("Departments")->insertByIndex(2, 1);              // HR between Sales and Marketing
    type("Departments", 0, 2, "HR");
    type("Departments", 1, 2, "People");
    sheet("Departments")->getCellByPosition(4, 2)->setValue(1);
    rows("Goals")->removeByIndex(2, 1); // G2: goals 1
    rows("Actuals")->insertByIndex(1, 1);
    type("Actuals", 0, 1, "K2"); // K2 2026-10: the latest period
    type("Actuals", 1, 1, "2026-10");
    sheet("Actuals")->getCellByPosition(2, 1)->setValue(170);
    rows("Actuals")->removeByIndex(5, 1); // K9 2026-09: no problem left
    // departments 4, KPIs 3, goals 1, requests 1 once the edits pause; the problems (and
    // periods) stay those of the last input check until Check input
    const std::vector<std::string> counts = {"4", "3", "1", "1", "2"};
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] { return Shown::of(panel()).counts == counts; }))
        << Shown::of(panel());
    EXPECT_EQ(4U, panel().chooserEntries(1).size() - 1) << "All and the 4 departments";
    // a panel made now reads the whole workbook afresh (WorkbookSummary::read) when it opens
    const SidebarPanelDriver fresh(OfficeEnvironment::office(), document());
    const Shown expected = Shown::of(fresh);
    EXPECT_EQ((std::vector<std::string>{"4", "3", "1", "1", "0"}), expected.counts);
    ASSERT_FALSE(expected.periods.empty());
    EXPECT_EQ(ui("period.latest", {"2026-10"}), expected.periods.front());
    const Shown counted = Shown::of(panel());
    EXPECT_EQ(std::vector<std::string>(expected.counts.begin(), expected.counts.begin() + 4),
              std::vector<std::string>(counted.counts.begin(), counted.counts.begin() + 4));
    EXPECT_EQ(expected.departments, counted.departments);
    // Check input: everything as the fresh read
    panel().press(ui("button.check"));
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] { return Shown::of(panel()) == expected; }))
        << Shown::of(panel()) << "\nfresh: " << expected;
}

TEST_F(SidebarEdits, CheckInputReadsTheWorkbookAtOnceAndListsItsProblems) {
    ASSERT_EQ(2U, panel().problemLines().size());
    // a change the document does not announce (setting the modified flag disabled): only
    // Check input can find it
    const Reference<css::util::XModifiable2> modifiable(document().model(), UNO_QUERY_THROW);
    modifiable->setModified(false);
    modifiable->disableSetModified();
    type("KPIs", 6, 2, "lots"); // K2's Target: a third problem, K2 and its actual left out
    modifiable->enableSetModified();
    panel().press(ui("button.check"));
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] { return panel().problemLines().size() == 3; }))
        << listed(panel().problemLines());
    const auto lines = panel().problemLines();
    ASSERT_EQ(3U, lines.size());
    EXPECT_EQ(0U, lines[0].rfind("KPIs!G3: ", 0)) << lines[0];    // Target "lots"
    EXPECT_EQ(0U, lines[1].rfind("KPIs!G4: ", 0)) << lines[1];    // Target "abc"
    EXPECT_EQ(0U, lines[2].rfind("Actuals!A5: ", 0)) << lines[2]; // KPI "K9"
    EXPECT_EQ("3", panel().textAfter(ui("count.problems")));
    EXPECT_EQ("1", panel().textAfter(ui("count.kpis")));
    // "Input checked at 14:05: 3 problems."
    const std::string status = panel().status();
    const std::string head = ui("status.checked", {"", "3"});
    EXPECT_EQ(0U, status.rfind(head.substr(0, head.find(':')), 0)) << status;
    EXPECT_NE(std::string::npos, status.find(head.substr(head.find(':')))) << status;
}

} // namespace concord::integration
