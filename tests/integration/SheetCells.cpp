#include "SheetCells.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace concord::integration {

Reference<css::sheet::XSpreadsheet> SheetCells::sheet(const cli::CalcDocument& document,
                                                      const std::string& name) {
    return Reference<css::sheet::XSpreadsheet>(
        document.model()->getSheets()->getByName(uno::fromUtf8(name)), UNO_QUERY_THROW);
}

SheetCells::Rows SheetCells::used(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto end =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    return Reference<css::sheet::XCellRangeData>(
               sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow), UNO_QUERY_THROW)
        ->getDataArray();
}

std::string SheetCells::text(const css::uno::Any& value) {
    rtl::OUString text;
    return (value >>= text) ? uno::toUtf8(text) : std::string();
}

} // namespace concord::integration
