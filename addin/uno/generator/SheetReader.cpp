#include "SheetReader.hpp"
#include "uno/text/UnoText.hpp"

#include "uno/GridConversion.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/Date.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

namespace {

/// The used area of sheet from A1: one getDataArray call.
core::common::Grid usedArea(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const css::table::CellRangeAddress end =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    Reference<css::sheet::XCellRangeData> range(
        sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow), UNO_QUERY_THROW);
    core::common::Grid grid = toGrid(css::uno::Any(range->getDataArray()));
    // getDataArray gives an empty cell as an empty text: the core sees it as empty.
    for (std::size_t r = 0; r < grid.rows(); ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c) {
            core::common::Cell& cell = grid.at(r, c);
            if (const std::string* text = std::get_if<std::string>(&cell); text && text->empty())
                cell = std::monostate{};
        }
    // getDataArray gives a formula's error (#N/A, #DIV/0!) as an empty cell too: the formula
    // cells with an error result are asked for once, and each becomes an error the reader
    // reports at its cell, with the text Calc shows in it.
    const Reference<css::sheet::XSheetCellRanges> errors =
        Reference<css::sheet::XCellRangesQuery>(range, UNO_QUERY_THROW)
            ->queryFormulaCells(css::sheet::FormulaResult::ERROR);
    for (const css::table::CellRangeAddress& block : errors->getRangeAddresses())
        for (sal_Int32 r = block.StartRow; r <= block.EndRow; ++r)
            for (sal_Int32 c = block.StartColumn; c <= block.EndColumn; ++c)
                grid.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c)) =
                    core::common::CellError{toUtf8(
                        Reference<css::text::XText>(sheet->getCellByPosition(c, r), UNO_QUERY_THROW)
                            ->getString())};
    return grid;
}

} // namespace

std::vector<core::model::RawSheet>
SheetReader::read(const Reference<css::sheet::XSpreadsheetDocument>& document,
                  const std::set<std::string>& skip) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::vector<core::model::RawSheet> result;
    const sal_Int32 count = sheets->getCount();
    for (sal_Int32 i = 0; i < count; ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        std::string name =
            toUtf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (skip.count(name) != 0)
            continue;
        result.push_back(core::model::RawSheet{std::move(name), usedArea(sheet)});
    }
    return result;
}

core::common::CivilDate
SheetReader::nullDate(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::util::Date date(30, 12, 1899);
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY);
    if (properties.is())
        properties->getPropertyValue("NullDate") >>= date;
    return core::common::CivilDate{date.Year, date.Month, date.Day};
}

std::optional<core::common::Language>
SheetReader::language(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::lang::Locale locale;
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY);
    if (properties.is())
        properties->getPropertyValue("CharLocale") >>= locale;
    const std::string tag = toUtf8(locale.Language);
    if (core::common::languageFromTag(tag) == core::common::Language::Ru)
        return core::common::Language::Ru;
    if (tag == "en")
        return core::common::Language::En;
    return std::nullopt;
}

} // namespace concord::uno
