// The panel follows the document: after a change to the workbook, or when the active
// sheet changes, it reads its counts again (once the edits pause, off the UI thread); the
// whole input check on Check input.
#include "SidebarTest.hpp"
#include "SidebarWorkbook.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/util/XModifiable2.hpp>

namespace concord::integration {

class SidebarRefresh : public SidebarTest {
protected:
    void activateSheet(int index) {
        const css::uno::Reference<css::frame::XModel> model(document().model(),
                                                            css::uno::UNO_QUERY_THROW);
        const css::uno::Reference<css::container::XIndexAccess> sheets(
            document().model()->getSheets(), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XSpreadsheetView>(model->getCurrentController(),
                                                          css::uno::UNO_QUERY_THROW)
            ->setActiveSheet(css::uno::Reference<css::sheet::XSpreadsheet>(
                sheets->getByIndex(index), css::uno::UNO_QUERY_THROW));
    }
};

TEST_F(SidebarRefresh, AChangedWorkbookIsReadAgain) {
    ASSERT_EQ("2", panel().textAfter(ui("count.goals")));
    SidebarWorkbook::addGoal(document());
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] {
        return panel().textAfter(ui("count.goals")) == "3";
    })) << "goals shown: "
        << panel().textAfter(ui("count.goals"));
}

TEST_F(SidebarRefresh, ChangingTheActiveSheetReadsTheWorkbookAgain) {
    // With setting the modified flag disabled the document stays unmodified, so the
    // change below can reach the panel only when the active sheet changes.
    const css::uno::Reference<css::util::XModifiable2> modifiable(document().model(),
                                                                  css::uno::UNO_QUERY_THROW);
    modifiable->setModified(false);
    modifiable->disableSetModified();
    SidebarWorkbook::addGoal(document());
    modifiable->enableSetModified();
    activateSheet(1);
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] {
        return panel().textAfter(ui("count.goals")) == "3";
    })) << "goals shown: "
        << panel().textAfter(ui("count.goals"));
}

TEST_F(SidebarRefresh, AFixedCellTakesItsProblemOffTheListOnCheckInput) {
    ASSERT_EQ(2U, panel().problemLines().size());
    // Actuals row 5, K9 2026-09 → K2 2026-08: a KPI that exists, in a period it has no
    // value for yet; typed cell by cell
    css::uno::Reference<css::sheet::XSpreadsheet> actuals(
        document().model()->getSheets()->getByName("Actuals"), css::uno::UNO_QUERY_THROW);
    actuals->getCellByPosition(0, 4)->setFormula("K2");
    actuals->getCellByPosition(1, 4)->setFormula("2026-08");
    // after an edit the panel reads only what its counts need; the input check (every
    // Actuals row) runs on Check input
    panel().press(ui("button.check"));
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] { return panel().problemLines().size() == 1; }))
        << panel().problemLines().size() << " problems shown";
    EXPECT_EQ("1", panel().textAfter(ui("count.problems")));
}

} // namespace concord::integration
