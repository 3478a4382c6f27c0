// What the view shows after a build run as a command (Tools ▸ Concord, a macro): the company
// sheet after Build all, the one scorecard after a one-department build; and after Edit ▸
// Undo the sheet that was shown before the build, not a neighbour Calc picks when the shown
// sheet is removed. SidebarWorkbook's sheets: Sheet1, Departments, KPIs, Goals, Actuals,
// Requests, Deliveries; a first build appends its sheets after them.
#include "OfficeEnvironment.hpp"
#include "SheetView.hpp"
#include "SidebarCommands.hpp"
#include "SidebarWorkbook.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>

#include <gtest/gtest.h>

#include <iostream>
#include <optional>

namespace concord::integration {

class CommandsView : public ::testing::Test {
protected:
    void SetUp() override {
        _document.emplace(cli::CalcDocument::create(OfficeEnvironment::office()));
        SidebarWorkbook::write(*_document);
    }
    void TearDown() override {
        _document.reset();
        if (HasFailure())
            std::cerr << "office output so far:\n" << OfficeEnvironment::office().output() << '\n';
    }

    const cli::CalcDocument& document() const { return *_document; }
    void run(const std::string& command,
             const std::vector<css::beans::PropertyValue>& arguments = {}) {
        const auto outcome =
            SidebarCommands::execute(document(), "vnd.concord:" + command, arguments);
        ASSERT_TRUE(outcome.reported && outcome.success) << command << " failed";
    }
    std::string shown() const { return SheetView::activeSheet(document()); }

private:
    std::optional<cli::CalcDocument> _document;
};

TEST_F(CommandsView, BuildAllShowsTheCompanyAndUndoTheSheetBefore) {
    SheetView::activate(document(), "Goals");
    run("BuildAll");
    EXPECT_EQ("Company", shown());
    SheetView::undo(document());
    // the built sheets were the last ones; without going back Calc would show Deliveries
    EXPECT_EQ("Goals", shown());
}

TEST_F(CommandsView, AOneDepartmentBuildShowsItsScorecard) {
    SheetView::activate(document(), "KPIs");
    run("BuildScorecards",
        {SidebarCommands::argument("Department", css::uno::Any(rtl::OUString("SAL")))});
    EXPECT_EQ("Scorecard SAL", shown());
    SheetView::undo(document());
    EXPECT_EQ("KPIs", shown());
}

TEST_F(CommandsView, UndoingARebuildShowsTheCompanySheetItRestores) {
    run("BuildAll");
    // A changed actual (MGT-GP's January value, Actuals!C2: 34.5 → 35.5) changes the
    // company's history, so the rebuild rewrites Company (an unchanged sheet is left alone
    // and a rebuild that changes nothing is no undo step).
    css::uno::Reference<css::sheet::XSpreadsheet>(
        document().model()->getSheets()->getByName("Actuals"), css::uno::UNO_QUERY_THROW)
        ->getCellByPosition(2, 1)
        ->setValue(35.5);
    run("BuildAll");
    ASSERT_EQ("Company", shown());
    // undo removes the new Company and copies the old one back: that one is shown
    SheetView::undo(document());
    EXPECT_EQ("Company", shown());
}

TEST_F(CommandsView, CheckGoalsShowsTheSmartSheet) {
    SheetView::activate(document(), "Goals");
    run("CheckGoals");
    EXPECT_EQ("SMART", shown());
}

} // namespace concord::integration
