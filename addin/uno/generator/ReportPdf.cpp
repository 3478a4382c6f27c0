#include "ReportPdf.hpp"

#include "GeneratedRegistry.hpp"
#include "core/common/Error.hpp"
#include "core/sheets/ReadingOrder.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include <algorithm>
#include <map>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace concord::uno {

namespace {

const char pdfFilter[] = "calc_pdf_Export";
/// Bounds of the search for the cells under a chart.
constexpr sal_Int32 lastColumn = 1023;
constexpr sal_Int32 lastRow = 100000;

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue result;
    result.Name = OUString::createFromAscii(name);
    result.Value = value;
    return result;
}

/// The bottom-right corner (1/100 mm from the sheet's origin) of the sheet's drawing
/// objects (charts), {0, 0} when it has none.
css::awt::Point drawingsEnd(const Reference<css::sheet::XSpreadsheetDocument>& document,
                            const Reference<css::sheet::XSpreadsheet>& sheet) {
    css::awt::Point end{0, 0};
    Reference<css::drawing::XDrawPagesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is())
        return end;
    const sal_Int16 index = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)
                                ->getRangeAddress()
                                .Sheet;
    Reference<css::container::XIndexAccess> shapes(supplier->getDrawPages()->getByIndex(index),
                                                   UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < shapes->getCount(); ++i) {
        Reference<css::drawing::XShape> shape(shapes->getByIndex(i), UNO_QUERY);
        if (!shape.is())
            continue;
        const css::awt::Point at = shape->getPosition();
        const css::awt::Size size = shape->getSize();
        end.X = std::max(end.X, at.X + size.Width);
        end.Y = std::max(end.Y, at.Y + size.Height);
    }
    return end;
}

/// The corner of the cell range (1/100 mm).
css::awt::Point rangeEnd(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                         sal_Int32 row) {
    Reference<css::beans::XPropertySet> range(sheet->getCellRangeByPosition(0, 0, col, row),
                                              UNO_QUERY_THROW);
    css::awt::Point at;
    css::awt::Size size;
    range->getPropertyValue("Position") >>= at;
    range->getPropertyValue("Size") >>= size;
    return {at.X + size.Width, at.Y + size.Height};
}

/// What of the sheet prints: from A1 to the end of its used area, widened to hold its charts.
css::table::CellRangeAddress
printedArea(const Reference<css::sheet::XSpreadsheetDocument>& document,
            const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    css::table::CellRangeAddress area =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    area.StartColumn = 0;
    area.StartRow = 0;
    const css::awt::Point drawings = drawingsEnd(document, sheet);
    while (area.EndColumn < lastColumn && rangeEnd(sheet, area.EndColumn, 0).X < drawings.X)
        ++area.EndColumn;
    while (area.EndRow < lastRow && rangeEnd(sheet, 0, area.EndRow).Y < drawings.Y)
        ++area.EndRow;
    return area;
}

} // namespace

std::vector<std::string>
ReportPdf::write(const Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& url,
                 bool everySheet) {
    std::map<std::string, std::string> kinds;
    const GeneratedRegistry registry = GeneratedRegistry::load(document);
    for (const GeneratedRegistry::Entry& entry : registry.entries())
        kinds[entry.name] = entry.kind;
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::vector<core::sheets::WrittenSheet> inDocument;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const std::string name = toUtf8(
            Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName());
        const auto kind = kinds.find(name);
        inDocument.push_back({name, kind == kinds.end() ? std::string() : kind->second});
    }
    const std::vector<std::string> printed = core::sheets::reportSheets(inDocument, everySheet);
    if (printed.empty())
        throw core::common::Error(core::common::Error::Category::Input, "pdf.no_report",
                                  "the workbook has no generated sheet to export: build first");

    std::vector<css::beans::PropertyValue> filterData = {property("ExportBookmarks", Any(true))};
    if (!everySheet) {
        // Calc prints a selection in document order; the generator writes its sheets in
        // reading order, so the two agree unless the user moved them.
        Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
        Reference<css::sheet::XSheetCellRangeContainer> ranges(
            factory->createInstance("com.sun.star.sheet.SheetCellRanges"), UNO_QUERY_THROW);
        for (const std::string& name : printed) {
            Reference<css::sheet::XSpreadsheet> sheet(
                document->getSheets()->getByName(fromUtf8(name)), UNO_QUERY_THROW);
            ranges->addRangeAddress(printedArea(document, sheet), false);
        }
        filterData.push_back(property("Selection", Any(Reference<css::uno::XInterface>(ranges))));
    }
    const css::beans::PropertyValue arguments[] = {
        property("FilterName", Any(OUString::createFromAscii(pdfFilter))),
        property("FilterData", Any(css::uno::Sequence<css::beans::PropertyValue>(
                                   filterData.data(), static_cast<sal_Int32>(filterData.size())))),
        property("Overwrite", Any(true))};
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)
        ->storeToURL(url, css::uno::Sequence<css::beans::PropertyValue>(arguments, 3));
    return printed;
}

} // namespace concord::uno
