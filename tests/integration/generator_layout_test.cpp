// No text is cut on a generated sheet (issue 10): after Build all on the shipped sample in en
// and ru, in every generated sheet each column is at least as wide as Calc's optimal width
// of its cells that do not wrap (measured on a copy of the sheet without the wrapped
// cells), and every row has its optimal height (wrapped texts and banners show in full).
#include "OfficeEnvironment.hpp"
#include "cli/office/CalcDocument.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <org/concord/Generator.hpp>

#include <Poco/File.h>
#include <Poco/Path.h>

#include <gtest/gtest.h>

#include <cstdlib>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace concord::integration {

namespace {

std::string sample(const std::string& language) {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("");
    path.pushDirectory("oxt-extra");
    path.pushDirectory("samples");
    path.setFileName("concord-sample-" + language + ".ods");
    return path.toString();
}

Reference<css::beans::XPropertySet> properties(const Reference<css::uno::XInterface>& object) {
    return Reference<css::beans::XPropertySet>(object, UNO_QUERY_THROW);
}

sal_Int32 columnWidth(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col) {
    Reference<css::table::XColumnRowRange> range(sheet->getCellRangeByPosition(col, 0, col, 0),
                                                 UNO_QUERY_THROW);
    sal_Int32 width = 0;
    properties(Reference<css::container::XIndexAccess>(range->getColumns(), UNO_QUERY_THROW)
                   ->getByIndex(0)
                   .get<Reference<css::uno::XInterface>>())
        ->getPropertyValue("Width") >>= width;
    return width;
}

sal_Int32 rowHeight(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 row) {
    Reference<css::table::XColumnRowRange> range(sheet->getCellRangeByPosition(0, row, 0, row),
                                                 UNO_QUERY_THROW);
    sal_Int32 height = 0;
    properties(Reference<css::container::XIndexAccess>(range->getRows(), UNO_QUERY_THROW)
                   ->getByIndex(0)
                   .get<Reference<css::uno::XInterface>>())
        ->getPropertyValue("Height") >>= height;
    return height;
}

bool wrapped(const Reference<css::table::XCell>& cell) {
    bool value = false;
    properties(cell)->getPropertyValue("IsTextWrapped") >>= value;
    return value;
}

/// Checks one generated sheet; returns the problems, one line each.
std::vector<std::string> cutTexts(const cli::CalcDocument& document, const std::string& name) {
    std::vector<std::string> problems;
    Reference<css::sheet::XSpreadsheets> sheets = document.model()->getSheets();
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(::concord::uno::fromUtf8(name)),
                                              UNO_QUERY_THROW);
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const css::table::CellRangeAddress used =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    const rtl::OUString probeName = ::concord::uno::fromUtf8(name + " probe");
    sheets->copyByName(
        ::concord::uno::fromUtf8(name), probeName,
        static_cast<sal_Int16>(document.model()->getSheets()->getElementNames().getLength()));
    Reference<css::sheet::XSpreadsheet> probe(sheets->getByName(probeName), UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c <= used.EndColumn; ++c) {
        for (sal_Int32 r = 0; r <= used.EndRow; ++r)
            if (wrapped(sheet->getCellByPosition(c, r)))
                probe->getCellByPosition(c, r)->setFormula(rtl::OUString());
        Reference<css::table::XColumnRowRange> column(
            probe->getCellRangeByPosition(c, 0, c, used.EndRow), UNO_QUERY_THROW);
        properties(column->getColumns())->setPropertyValue("OptimalWidth", Any(true));
        const sal_Int32 need = columnWidth(probe, c);
        const sal_Int32 have = columnWidth(sheet, c);
        if (have < need)
            problems.push_back(name + " column " + std::to_string(c + 1) + ": width " +
                               std::to_string(have) + " < " + std::to_string(need));
    }
    sheets->removeByName(probeName);
    for (sal_Int32 r = 0; r <= used.EndRow; ++r) {
        const sal_Int32 before = rowHeight(sheet, r);
        Reference<css::table::XColumnRowRange> row(
            sheet->getCellRangeByPosition(0, r, used.EndColumn, r), UNO_QUERY_THROW);
        properties(row->getRows())->setPropertyValue("OptimalHeight", Any(true));
        const sal_Int32 optimal = rowHeight(sheet, r);
        if (std::abs(optimal - before) > 2)
            problems.push_back(name + " row " + std::to_string(r + 1) + ": height " +
                               std::to_string(before) + ", optimal " + std::to_string(optimal));
    }
    return problems;
}

} // namespace

class GeneratorLayout : public ::testing::TestWithParam<const char*> {};

TEST_P(GeneratorLayout, NoTextIsCutOnAnyGeneratedSheet) {
    const std::string path = sample(GetParam());
    if (!Poco::File(path).exists())
        GTEST_SKIP() << "no sample workbook at " << path << " (built with CONCORD_TEMPLATES=ON)";
    const auto document = cli::CalcDocument::load(OfficeEnvironment::office(), path);
    const org::concord::GenerationResult result =
        org::concord::Generator::create(OfficeEnvironment::office().context())
            ->build(document.model(), rtl::OUString(), ::concord::uno::fromUtf8(GetParam()),
                    ::concord::uno::fromUtf8("all"));
    ASSERT_GT(result.sheets.getLength(), 5);
    for (const rtl::OUString& name : result.sheets)
        for (const std::string& problem : cutTexts(document, ::concord::uno::toUtf8(name)))
            ADD_FAILURE() << problem;
}

INSTANTIATE_TEST_SUITE_P(Languages, GeneratorLayout, ::testing::Values("en", "ru"));

} // namespace concord::integration
