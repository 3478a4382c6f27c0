#include "CellFormatter.hpp"
#include "uno/text/UnoText.hpp"

#include "GeneratorTexts.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <map>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace concord::uno {

namespace {

using core::sheets::CellFormat;

/// A conditional cell style: its name and colours (the familiar good/neutral/bad tints).
struct StatusStyle {
    const char* name;
    sal_Int32 background;
    sal_Int32 font;
};
const StatusStyle green{"Concord Green", 0xC6EFCE, 0x006100};
const StatusStyle amber{"Concord Amber", 0xFFEB9C, 0x9C5700};
const StatusStyle red{"Concord Red", 0xFFC7CE, 0x9C0006};

/// The cell value each conditional style applies to, per format.
const std::vector<std::pair<const char*, const StatusStyle*>> statusConditions = {
    {"1", &green}, {"0", &amber}, {"-1", &red}};
const std::vector<std::pair<const char*, const StatusStyle*>> flagConditions = {{"1", &green},
                                                                                {"0", &red}};

constexpr float titleHeight = 14.0f;
constexpr sal_Int32 headerBackground = 0xDDE3EA;
constexpr sal_Int32 staleColour = 0x808080;
/// Percentages with one decimal: 94.6%.
constexpr sal_Int16 percentDecimals = 1;

css::lang::Locale documentLocale(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    css::lang::Locale locale;
    Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
        ->getPropertyValue("CharLocale") >>= locale;
    if (locale.Language.isEmpty())
        locale = css::lang::Locale("en", "US", "");
    return locale;
}

sal_Int32 formatKey(const Reference<css::util::XNumberFormats>& formats, const OUString& code,
                    const css::lang::Locale& locale) {
    const sal_Int32 key = formats->queryKey(code, locale, false);
    return key >= 0 ? key : formats->addNew(code, locale);
}

/// Whether a sheet of the document is protected.
bool anySheetProtected(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        if (Reference<css::util::XProtectable>(sheets->getByIndex(i), UNO_QUERY_THROW)
                ->isProtected())
            return true;
    return false;
}

void ensureStyle(const Reference<css::sheet::XSpreadsheetDocument>& document,
                 const StatusStyle& style) {
    Reference<css::container::XNameContainer> cellStyles(
        Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("CellStyles"),
        UNO_QUERY_THROW);
    const OUString name = OUString::createFromAscii(style.name);
    // Calc refuses any change of a cell style while a sheet of the document is protected
    // (ScStyleObj, lcl_AnyTabProtected): then no half-made style is left behind, and the
    // sheets imported from the scratch document bring the style along.
    if (cellStyles->hasByName(name) || anySheetProtected(document))
        return;
    Reference<css::style::XStyle> created(
        Reference<css::lang::XMultiServiceFactory>(document, UNO_QUERY_THROW)
            ->createInstance("com.sun.star.style.CellStyle"),
        UNO_QUERY_THROW);
    cellStyles->insertByName(name, Any(created));
    Reference<css::beans::XPropertySet> properties(created, UNO_QUERY_THROW);
    properties->setPropertyValue("CellBackColor", Any(style.background));
    properties->setPropertyValue("CharColor", Any(style.font));
}

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue result;
    result.Name = OUString::createFromAscii(name);
    result.Value = value;
    return result;
}

void setConditions(const Reference<css::beans::XPropertySet>& cells,
                   const std::vector<std::pair<const char*, const StatusStyle*>>& conditions) {
    Reference<css::sheet::XSheetConditionalEntries> entries(
        cells->getPropertyValue("ConditionalFormat"), UNO_QUERY_THROW);
    entries->clear();
    for (const auto& [value, style] : conditions) {
        const css::beans::PropertyValue entry[] = {
            property("Operator", Any(css::sheet::ConditionOperator_EQUAL)),
            property("Formula1", Any(OUString::createFromAscii(value))),
            property("StyleName", Any(OUString::createFromAscii(style->name)))};
        entries->addNew(Sequence<css::beans::PropertyValue>(entry, 3));
    }
    cells->setPropertyValue("ConditionalFormat", Any(entries));
}

} // namespace

CellFormatter::CellFormatter(const Reference<css::sheet::XSpreadsheetDocument>& document,
                             const GeneratorTexts& texts, core::common::Language language)
    : _document(document) {
    const css::lang::Locale locale = documentLocale(document);
    Reference<css::util::XNumberFormats> formats =
        Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats();
    Reference<css::util::XNumberFormatTypes> types(formats, UNO_QUERY_THROW);
    const sal_Int32 percentBase =
        types->getStandardFormat(css::util::NumberFormat::PERCENT, locale);
    _percent = formatKey(
        formats, formats->generateFormat(percentBase, locale, false, false, percentDecimals, 1),
        locale);
    // Date codes are written with en-US keywords (Y, M, D), which every locale reads.
    _date = formatKey(formats, fromUtf8(texts.text("dateFormat", language)),
                      css::lang::Locale("en", "US", ""));
    _status = formatKey(formats, fromUtf8(texts.text("statusFormat", language)), locale);
    _flag = formatKey(formats, fromUtf8(texts.text("flagFormat", language)), locale);
    addStyles(document);
}

void CellFormatter::addStyles(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    for (const StatusStyle* style : {&green, &amber, &red})
        ensureStyle(document, *style);
}

void CellFormatter::apply(const Reference<css::sheet::XSpreadsheet>& sheet,
                          const std::vector<core::sheets::FormatRange>& formats) const {
    const sal_Int16 sheetIndex =
        Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)
            ->getRangeAddress()
            .Sheet;
    std::map<CellFormat, std::vector<css::table::CellRangeAddress>> byFormat;
    for (const core::sheets::FormatRange& range : formats) {
        byFormat[range.format].push_back(css::table::CellRangeAddress(
            sheetIndex, range.firstCol, range.firstRow, range.lastCol, range.lastRow));
    }
    Reference<css::lang::XMultiServiceFactory> factory(_document, UNO_QUERY_THROW);
    for (const auto& [format, addresses] : byFormat) {
        if (format == CellFormat::Text || format == CellFormat::Number)
            continue;
        Reference<css::sheet::XSheetCellRangeContainer> container(
            factory->createInstance("com.sun.star.sheet.SheetCellRanges"), UNO_QUERY_THROW);
        container->addRangeAddresses(
            Sequence<css::table::CellRangeAddress>(addresses.data(),
                                                   static_cast<sal_Int32>(addresses.size())),
            false);
        Reference<css::beans::XPropertySet> cells(container, UNO_QUERY_THROW);
        switch (format) {
        case CellFormat::Title:
            cells->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            cells->setPropertyValue("CharHeight", Any(titleHeight));
            break;
        case CellFormat::Header:
            cells->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            cells->setPropertyValue("CellBackColor", Any(headerBackground));
            break;
        case CellFormat::Percent:
            cells->setPropertyValue("NumberFormat", Any(_percent));
            break;
        case CellFormat::Date:
            cells->setPropertyValue("NumberFormat", Any(_date));
            break;
        case CellFormat::Status:
            cells->setPropertyValue("NumberFormat", Any(_status));
            setConditions(cells, statusConditions);
            break;
        case CellFormat::Flag:
            cells->setPropertyValue("NumberFormat", Any(_flag));
            cells->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
            setConditions(cells, flagConditions);
            break;
        case CellFormat::Stale:
            cells->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
            cells->setPropertyValue("CharColor", Any(staleColour));
            break;
        case CellFormat::Text:
        case CellFormat::Number:
            break;
        }
    }
}

} // namespace concord::uno
