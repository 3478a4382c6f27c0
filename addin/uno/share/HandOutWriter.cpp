#include "HandOutWriter.hpp"

#include "UserProperties.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/ValidationAlertStyle.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <osl/file.hxx>
#include <osl/process.h>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace concord::uno {

namespace {

/// Light yellow: the cells a department fills in.
constexpr sal_Int32 fillColour = 0xFFF2CC;
/// The About sheet's one column: 180 mm, wrapped.
constexpr sal_Int32 aboutWidth = 18000;

Sequence<Sequence<Any>> dataArray(const core::common::Grid& grid) {
    Sequence<Sequence<Any>> rows(static_cast<sal_Int32>(grid.rows()));
    for (std::size_t r = 0; r < grid.rows(); ++r) {
        Sequence<Any> row(static_cast<sal_Int32>(grid.cols()));
        for (std::size_t c = 0; c < grid.cols(); ++c) {
            const core::common::Cell& cell = grid.at(r, c);
            if (const double* number = std::get_if<double>(&cell))
                row[c] <<= *number;
            else if (const std::string* text = std::get_if<std::string>(&cell))
                row[c] <<= fromUtf8(*text);
            else
                row[c] <<= OUString();
        }
        rows[r] = row;
    }
    return rows;
}

/// A new, hidden spreadsheet document without undo.
Reference<css::sheet::XSpreadsheetDocument>
newDocument(const Reference<css::uno::XComponentContext>& context) {
    Reference<css::uno::XInterface> created =
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.sheet.SpreadsheetDocument", context);
    Reference<css::frame::XLoadable>(created, UNO_QUERY_THROW)->initNew();
    Reference<css::beans::XPropertySet>(created, UNO_QUERY_THROW)
        ->setPropertyValue("IsUndoEnabled", Any(false));
    // A drawing layer first, so that importSheet keeps the scorecard's charts (see
    // generator/ScratchDocument).
    Reference<css::drawing::XDrawPagesSupplier>(created, UNO_QUERY_THROW)
        ->getDrawPages()
        ->getByIndex(0);
    return Reference<css::sheet::XSpreadsheetDocument>(created, UNO_QUERY_THROW);
}

void close(const Reference<css::sheet::XSpreadsheetDocument>& document) noexcept {
    try {
        Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
    } catch (const css::uno::Exception&) {
        // Closed with the office already: nothing left to release.
    }
}

sal_Int32 dateFormat(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::util::XNumberFormatTypes> types(
        Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats(),
        UNO_QUERY_THROW);
    return types->getStandardFormat(css::util::NumberFormat::DATE, css::lang::Locale());
}

/// A hidden temporary file beside url, ".<name>.concord-<pid>.tmp": the hand-out is stored
/// there and renamed to url, so that url appears whole or not at all.
OUString temporaryBeside(const OUString& url) {
    const sal_Int32 slash = url.lastIndexOf('/');
    oslProcessInfo info;
    info.Size = sizeof(info);
    const sal_uInt32 pid =
        osl_getProcessInfo(nullptr, osl_Process_IDENTIFIER, &info) == osl_Process_E_None
            ? info.Ident
            : 0;
    return url.copy(0, slash + 1) + "." + url.copy(slash + 1) + ".concord-" +
           OUString::number(pid) + ".tmp";
}

} // namespace

HandOutWriter::HandOutWriter(Reference<css::uno::XComponentContext> context,
                             const core::share::Texts& texts, core::common::Language language)
    : _context(std::move(context)), _texts(texts), _language(language) {}

void HandOutWriter::write(const core::share::HandOutBook& book,
                          const Reference<css::sheet::XSpreadsheetDocument>& master,
                          const std::string& scorecardSheet, const OUString& url,
                          const OUString& filter) const {
    const Reference<css::sheet::XSpreadsheetDocument> document = newDocument(_context);
    try {
        Reference<css::container::XIndexAccess> indexed(document->getSheets(), UNO_QUERY_THROW);
        const sal_Int32 dateKey = dateFormat(document);
        for (std::size_t s = 0; s < book.sheets.size(); ++s) {
            const core::share::HandOutSheet& planned = book.sheets[s];
            const OUString name = fromUtf8(planned.name);
            if (s == 0)
                Reference<css::container::XNamed>(indexed->getByIndex(0), UNO_QUERY_THROW)
                    ->setName(name);
            else
                document->getSheets()->insertNewByName(name, static_cast<sal_Int16>(s));
            Reference<css::sheet::XSpreadsheet> sheet(
                indexed->getByIndex(static_cast<sal_Int32>(s)), UNO_QUERY_THROW);
            const sal_Int32 rows = static_cast<sal_Int32>(planned.cells.rows());
            const sal_Int32 cols = static_cast<sal_Int32>(planned.cells.cols());
            Reference<css::sheet::XCellRangeData>(
                sheet->getCellRangeByPosition(0, 0, cols - 1, rows - 1), UNO_QUERY_THROW)
                ->setDataArray(dataArray(planned.cells));
            if (planned.header)
                Reference<css::beans::XPropertySet>(
                    sheet->getCellRangeByPosition(0, 0, cols - 1, 0), UNO_QUERY_THROW)
                    ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            for (const auto& [row, col] : planned.dateCells)
                Reference<css::beans::XPropertySet>(
                    sheet->getCellByPosition(static_cast<sal_Int32>(col),
                                             static_cast<sal_Int32>(row)),
                    UNO_QUERY_THROW)
                    ->setPropertyValue("NumberFormat", Any(dateKey));
            for (const core::share::FillColumn& fill : planned.fill) {
                if (rows < 2)
                    break;
                const sal_Int32 col = static_cast<sal_Int32>(fill.col);
                Reference<css::beans::XPropertySet> range(
                    sheet->getCellRangeByPosition(col, 1, col, rows - 1), UNO_QUERY_THROW);
                css::util::CellProtection protection;
                protection.IsLocked = false;
                range->setPropertyValue("CellProtection", Any(protection));
                range->setPropertyValue("CellBackColor", Any(fillColour));
                if (fill.check == core::share::FillColumn::Check::None)
                    continue;
                const bool date = fill.check == core::share::FillColumn::Check::Date;
                if (date)
                    range->setPropertyValue("NumberFormat", Any(dateKey));
                Reference<css::beans::XPropertySet> validation(
                    range->getPropertyValue("Validation"), UNO_QUERY_THROW);
                validation->setPropertyValue("Type",
                                             Any(date ? css::sheet::ValidationType_DATE
                                                      : css::sheet::ValidationType_DECIMAL));
                validation->setPropertyValue("IgnoreBlankCells", Any(true));
                validation->setPropertyValue("ShowErrorMessage", Any(true));
                validation->setPropertyValue("ErrorAlertStyle",
                                             Any(css::sheet::ValidationAlertStyle_STOP));
                validation->setPropertyValue(
                    "ErrorTitle", Any(fromUtf8(_texts.text("validation.title", _language))));
                validation->setPropertyValue(
                    "ErrorMessage",
                    Any(fromUtf8(
                        _texts.text(date ? "validation.date" : "validation.number", _language))));
                Reference<css::sheet::XSheetCondition> condition(validation, UNO_QUERY_THROW);
                condition->setOperator(css::sheet::ConditionOperator_BETWEEN);
                // Dates: 01.01.1900 … 31.12.9999 as serials; numbers: any finite one.
                condition->setFormula1(date ? OUString("2") : OUString("-1E+300"));
                condition->setFormula2(date ? OUString("2958465") : OUString("1E+300"));
                range->setPropertyValue("Validation", Any(validation));
            }
            Reference<css::table::XColumnRowRange> columns(sheet, UNO_QUERY_THROW);
            Reference<css::container::XIndexAccess> columnList(columns->getColumns(),
                                                               UNO_QUERY_THROW);
            if (!planned.header) {
                Reference<css::beans::XPropertySet> first(columnList->getByIndex(0),
                                                          UNO_QUERY_THROW);
                first->setPropertyValue("Width", Any(aboutWidth));
                first->setPropertyValue("IsTextWrapped", Any(true));
                Reference<css::beans::XPropertySet>(sheet->getCellRangeByPosition(0, 0, 0, 0),
                                                    UNO_QUERY_THROW)
                    ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            } else {
                for (sal_Int32 c = 0; c < cols; ++c)
                    Reference<css::beans::XPropertySet>(columnList->getByIndex(c), UNO_QUERY_THROW)
                        ->setPropertyValue("OptimalWidth", Any(true));
            }
        }
        const OUString scorecard = fromUtf8(scorecardSheet);
        if (!scorecardSheet.empty() && master->getSheets()->hasByName(scorecard))
            Reference<css::sheet::XSpreadsheets2>(document->getSheets(), UNO_QUERY_THROW)
                ->importSheet(master, scorecard, indexed->getCount());
        for (sal_Int32 i = 0; i < indexed->getCount(); ++i)
            Reference<css::util::XProtectable>(indexed->getByIndex(i), UNO_QUERY_THROW)
                ->protect(OUString());
        UserProperties::write(document, book.properties);
        UserProperties::setTitle(document, book.title);
        Sequence<css::beans::PropertyValue> arguments(2);
        arguments[0].Name = "FilterName";
        arguments[0].Value <<= filter;
        arguments[1].Name = "Overwrite";
        arguments[1].Value <<= true;
        const OUString temporary = temporaryBeside(url);
        try {
            Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)
                ->storeToURL(temporary, arguments);
            if (const osl::FileBase::RC rc = osl::File::move(temporary, url);
                rc != osl::FileBase::E_None)
                throw css::uno::RuntimeException("Concord: cannot rename " + temporary + " to " +
                                                 url + " (error " + OUString::number(rc) + ")");
        } catch (...) {
            osl::File::remove(temporary);
            throw;
        }
    } catch (...) {
        close(document);
        throw;
    }
    close(document);
}

} // namespace concord::uno
