#include "PageStyle.hpp"

#include "core/sheets/Printing.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace concord::uno {

namespace {

const char pageStyles[] = "PageStyles";
const char pageStyleService[] = "com.sun.star.style.PageStyle";
const char pageNumberField[] = "com.sun.star.text.TextField.PageNumber";
const char pageCountField[] = "com.sun.star.text.TextField.PageCount";

/// The document's page style name, made when missing.
Reference<css::beans::XPropertySet>
styleOf(const Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& name) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XNameContainer> styles(
        supplier->getStyleFamilies()->getByName(pageStyles), UNO_QUERY_THROW);
    if (!styles->hasByName(name)) {
        Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
        styles->insertByName(name, Any(factory->createInstance(pageStyleService)));
    }
    return Reference<css::beans::XPropertySet>(styles->getByName(name), UNO_QUERY_THROW);
}

/// text's content replaced by the footer pattern, its placeholders as page fields.
void writeFooter(const Reference<css::sheet::XSpreadsheetDocument>& document,
                 const Reference<css::text::XText>& text, const std::string& pattern) {
    text->setString(OUString());
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    const Reference<css::text::XTextRange> cursor(text->createTextCursor(), UNO_QUERY_THROW);
    for (const core::sheets::FooterPart& part : core::sheets::footerParts(pattern)) {
        if (part.kind == core::sheets::FooterPart::Kind::Text) {
            text->insertString(cursor, fromUtf8(part.text), false);
            continue;
        }
        const bool page = part.kind == core::sheets::FooterPart::Kind::Page;
        Reference<css::text::XTextContent> field(factory->createInstance(OUString::createFromAscii(
                                                     page ? pageNumberField : pageCountField)),
                                                 UNO_QUERY_THROW);
        text->insertTextContent(cursor, field, false);
    }
}

/// The header (left and right texts) and footer (centre) of both page kinds.
void writeHeaderFooter(const Reference<css::sheet::XSpreadsheetDocument>& document,
                       const Reference<css::beans::XPropertySet>& style,
                       const core::sheets::PrintSetup& print) {
    for (const char* side : {"RightPage", "LeftPage"}) {
        const OUString headerName = OUString::createFromAscii(side) + "HeaderContent";
        Reference<css::sheet::XHeaderFooterContent> header(style->getPropertyValue(headerName),
                                                           UNO_QUERY_THROW);
        header->getLeftText()->setString(fromUtf8(print.headerLeft));
        header->getCenterText()->setString(OUString());
        header->getRightText()->setString(fromUtf8(print.headerRight));
        style->setPropertyValue(headerName, Any(header));

        const OUString footerName = OUString::createFromAscii(side) + "FooterContent";
        Reference<css::sheet::XHeaderFooterContent> footer(style->getPropertyValue(footerName),
                                                           UNO_QUERY_THROW);
        footer->getLeftText()->setString(OUString());
        footer->getRightText()->setString(OUString());
        writeFooter(document, footer->getCenterText(), print.footerPattern);
        style->setPropertyValue(footerName, Any(footer));
    }
}

/// Whether a and b give a page style the same properties (repeatRows is the sheet's).
bool samePage(const core::sheets::PrintSetup& a, const core::sheets::PrintSetup& b) {
    return a.landscape == b.landscape && a.pagesWide == b.pagesWide && a.pagesTall == b.pagesTall &&
           a.headerLeft == b.headerLeft && a.headerRight == b.headerRight &&
           a.footerPattern == b.footerPattern;
}

} // namespace

OUString PageStyle::name(const std::string& kind) {
    return fromUtf8("Concord " + kind);
}

void PageStyle::apply(const Reference<css::sheet::XSpreadsheetDocument>& document,
                      const Reference<css::sheet::XSpreadsheet>& sheet,
                      const core::sheets::Layout& generated) {
    apply(document, sheet, generated, nullptr);
}

void PageStyle::apply(const Reference<css::sheet::XSpreadsheetDocument>& document,
                      const Reference<css::sheet::XSpreadsheet>& sheet,
                      const core::sheets::Layout& generated,
                      const core::sheets::PrintSetup* previous) {
    const core::sheets::PrintSetup& print = generated.print;
    const OUString styleName = name(generated.kind);
    if (previous == nullptr || !samePage(*previous, print))
        setUp(styleOf(document, styleName), document, print);
    Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)
        ->setPropertyValue("PageStyle", Any(styleName));
}

void PageStyle::setUp(const Reference<css::beans::XPropertySet>& style,
                      const Reference<css::sheet::XSpreadsheetDocument>& document,
                      const core::sheets::PrintSetup& print) {
    style->setPropertyValue("IsLandscape", Any(print.landscape));
    style->setPropertyValue("Width", Any(print.landscape ? longSide : shortSide));
    style->setPropertyValue("Height", Any(print.landscape ? shortSide : longSide));
    style->setPropertyValue("ScaleToPagesX", Any(static_cast<sal_Int16>(print.pagesWide)));
    style->setPropertyValue("ScaleToPagesY", Any(static_cast<sal_Int16>(print.pagesTall)));
    // 0: the pages of every sheet numbered on from the previous sheet's (one count)
    style->setPropertyValue("FirstPageNumber", Any(sal_Int16(0)));
    style->setPropertyValue("HeaderIsOn", Any(true));
    style->setPropertyValue("FooterIsOn", Any(true));
    writeHeaderFooter(document, style, print);
}

void PageStyle::repeatRows(const Reference<css::sheet::XSpreadsheet>& sheet,
                           const core::sheets::Layout& generated) {
    const core::sheets::PrintSetup& print = generated.print;
    Reference<css::sheet::XPrintAreas> areas(sheet, UNO_QUERY_THROW);
    if (print.repeatRows > 0) {
        css::table::CellRangeAddress rows;
        rows.Sheet = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)
                         ->getRangeAddress()
                         .Sheet;
        rows.StartRow = 0;
        rows.EndRow = print.repeatRows - 1;
        areas->setTitleRows(rows);
    }
    areas->setPrintTitleRows(print.repeatRows > 0);
}

} // namespace concord::uno
