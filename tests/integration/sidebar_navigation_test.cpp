// Choosing a line of the panel's problem list selects the problem's cell in the sheet and
// shows the problem's whole text under the list. SidebarWorkbook's problems: KPIs!G4
// (Target "abc") and Actuals!A5 (unknown KPI "K9").
#include "SidebarTest.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

namespace concord::integration {

class SidebarNavigation : public SidebarTest {
protected:
    /// The current selection of the document's view as "Sheet!A1" (its first cell).
    std::string selection() {
        const css::uno::Reference<css::frame::XModel> model(document().model(),
                                                            css::uno::UNO_QUERY_THROW);
        const css::uno::Reference<css::view::XSelectionSupplier> view(model->getCurrentController(),
                                                                      css::uno::UNO_QUERY_THROW);
        const css::uno::Reference<css::sheet::XCellRangeAddressable> range(view->getSelection(),
                                                                           css::uno::UNO_QUERY);
        if (!range.is())
            return "(not a cell)";
        const css::table::CellRangeAddress address = range->getRangeAddress();
        const css::uno::Reference<css::container::XIndexAccess> sheets(
            document().model()->getSheets(), css::uno::UNO_QUERY_THROW);
        const css::uno::Reference<css::container::XNamed> sheet(sheets->getByIndex(address.Sheet),
                                                                css::uno::UNO_QUERY_THROW);
        return ::concord::uno::toUtf8(sheet->getName()) + "!" +
               static_cast<char>('A' + address.StartColumn) + std::to_string(address.StartRow + 1);
    }
    /// The name of the sheet the view shows.
    std::string activeSheet() {
        const css::uno::Reference<css::frame::XModel> model(document().model(),
                                                            css::uno::UNO_QUERY_THROW);
        const css::uno::Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(),
                                                                     css::uno::UNO_QUERY_THROW);
        return ::concord::uno::toUtf8(css::uno::Reference<css::container::XNamed>(
                                          view->getActiveSheet(), css::uno::UNO_QUERY_THROW)
                                          ->getName());
    }
};

TEST_F(SidebarNavigation, ChoosingAProblemSelectsItsCell) {
    ASSERT_NE("KPIs!G4", selection());
    panel().chooseProblem(0);
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] { return selection() == "KPIs!G4"; }))
        << "the selection is " << selection();
    EXPECT_EQ("KPIs", activeSheet());
    // the whole sentence, which names the cell too
    EXPECT_NE(std::string::npos, panel().detail().find("G4")) << panel().detail();
    EXPECT_NE(ui("messages.pick"), panel().detail());
}

TEST_F(SidebarNavigation, EachLineGoesToItsOwnCell) {
    panel().chooseProblem(1);
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] { return selection() == "Actuals!A5"; }))
        << "the selection is " << selection();
    panel().chooseProblem(0);
    EXPECT_TRUE(SidebarPanelDriver::waitUntil([&] { return selection() == "KPIs!G4"; }))
        << "the selection is " << selection();
}

TEST_F(SidebarNavigation, TheListKeepsItsChoiceWhenTheActiveSheetChanges) {
    panel().chooseProblem(1);
    ASSERT_TRUE(SidebarPanelDriver::waitUntil([&] { return selection() == "Actuals!A5"; }));
    // the panel refreshes on the sheet change; the problems are the same, so the line
    // stays chosen and its text stays shown
    const std::string detail = panel().detail();
    EXPECT_FALSE(SidebarPanelDriver::waitUntil([&] { return panel().detail() != detail; },
                                               std::chrono::milliseconds(1000)));
    EXPECT_EQ(2U, panel().problemLines().size());
}

} // namespace concord::integration
