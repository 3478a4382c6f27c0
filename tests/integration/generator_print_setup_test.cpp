// Every generated sheet prints with its kind's page style and repeats its frozen rows (DESIGN
// §3 "The report as a document"), set while the sheet is still empty, and no helper sheet is
// left behind — after a build, after a rebuild that rewrites some sheets, and after Undo.
#include "GeneratorFixture.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <gtest/gtest.h>

namespace concord::integration {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

class GeneratorPrintSetup : public GeneratorFixture {
protected:
    /// Checks every generated sheet of result and that no template sheet is left.
    void expectPrintSetup(const org::concord::GenerationResult& result) {
        ASSERT_GT(result.sheets.getLength(), 5);
        for (const std::string& name : strings(result.sheets)) {
            SCOPED_TRACE(name);
            Reference<css::sheet::XSpreadsheet> generated = sheet(name);
            const std::string style = ::concord::uno::toUtf8(
                Reference<css::beans::XPropertySet>(generated, UNO_QUERY_THROW)
                    ->getPropertyValue("PageStyle")
                    .get<rtl::OUString>());
            Reference<css::sheet::XPrintAreas> areas(generated, UNO_QUERY_THROW);
            const css::table::CellRangeAddress rows = areas->getTitleRows();
            const sal_Int16 index =
                Reference<css::sheet::XCellRangeAddressable>(generated, UNO_QUERY_THROW)
                    ->getRangeAddress()
                    .Sheet;
            // Scorecards and Company freeze their title, period line, status note and table
            // header (rows 1–4, 0-based 0–3): those repeat on every page, of this very sheet.
            if (name.rfind("Scorecard ", 0) == 0 || name == "Company") {
                EXPECT_EQ(name == "Company" ? "Concord company" : "Concord scorecard", style);
                EXPECT_TRUE(areas->getPrintTitleRows());
                EXPECT_EQ(index, rows.Sheet);
                EXPECT_EQ(0, rows.StartRow);
                EXPECT_EQ(3, rows.EndRow);
            } else {
                EXPECT_EQ(0u, style.rfind("Concord ", 0)) << style;
            }
        }
        for (const std::string& name : sheetNames())
            EXPECT_NE(0u, name.rfind("Concord page", 0)) << "template left: " << name;
    }
};

} // namespace

TEST_F(GeneratorPrintSetup, EverySheetHasItsPageStyleAndTitleRowsAndNoTemplateIsLeft) {
    writeWorkbook();
    const std::vector<std::string> before = sheetNames();
    const org::concord::GenerationResult result = build("", "en");
    expectPrintSetup(result);
    // the user's sheets plus exactly the generated ones
    EXPECT_EQ(before.size() + static_cast<std::size_t>(result.sheets.getLength()),
              sheetNames().size());

    // A rebuild after one changed actual rewrites some sheets at their places.
    changeActual(150.0, 160.0);
    const std::vector<std::string> built = sheetNames();
    expectPrintSetup(build("", "en"));
    EXPECT_EQ(built, sheetNames()); // same sheets, same order

    undo();
    EXPECT_EQ(built, sheetNames());
    for (const std::string& name : sheetNames())
        EXPECT_NE(0u, name.rfind("Concord page", 0)) << "template left after undo: " << name;
}

} // namespace concord::integration
