#include "GeneratedRegistry.hpp"
#include "uno/text/UnoText.hpp"

#include "uno/GridConversion.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <nlohmann/json.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace concord::uno {

namespace {

const OUString propertyName = "ConcordGeneratedSheets";
const OUString markName = "ConcordGenerated";
constexpr int registryVersion = 1;

Reference<css::beans::XPropertyContainer>
userProperties(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    return Reference<css::document::XDocumentPropertiesSupplier>(document, UNO_QUERY_THROW)
        ->getDocumentProperties()
        ->getUserDefinedProperties();
}

/// The sheet-local named expressions of sheet.
Reference<css::sheet::XNamedRanges> sheetNames(const Reference<css::beans::XPropertySet>& sheet) {
    return Reference<css::sheet::XNamedRanges>(sheet->getPropertyValue("NamedRanges"),
                                               UNO_QUERY_THROW);
}

std::vector<GeneratedRegistry::Entry> parse(const std::string& text) {
    std::vector<GeneratedRegistry::Entry> entries;
    const nlohmann::json data = nlohmann::json::parse(text, nullptr, false);
    if (!data.is_object() || !data.contains("sheets") || !data["sheets"].is_array())
        return entries;
    for (const nlohmann::json& sheet : data["sheets"]) {
        if (!sheet.is_object() || !sheet.contains("name") || !sheet["name"].is_string())
            continue;
        GeneratedRegistry::Entry entry;
        entry.name = sheet["name"].get<std::string>();
        entry.kind = sheet.value("kind", std::string());
        entry.key = sheet.value("key", std::string());
        // Written by this version on; an older registry has none, and its sheets are
        // then rewritten once.
        if (sheet.contains("fingerprint") && sheet["fingerprint"].is_string())
            entry.fingerprint = sheet["fingerprint"].get<std::string>();
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace

GeneratedRegistry
GeneratedRegistry::load(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    GeneratedRegistry registry;
    Reference<css::beans::XPropertySet> properties(userProperties(document), UNO_QUERY_THROW);
    if (!properties->getPropertySetInfo()->hasPropertyByName(propertyName))
        return registry;
    registry._stored = properties->getPropertyValue(propertyName);
    OUString text;
    if (!(*registry._stored >>= text))
        return registry;
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (Entry& entry : parse(toUtf8(text))) {
        const OUString name = fromUtf8(entry.name);
        if (sheets->hasByName(name) && sheetNames(Reference<css::beans::XPropertySet>(
                                                      sheets->getByName(name), UNO_QUERY_THROW))
                                           ->hasByName(markName))
            registry._entries.push_back(std::move(entry));
    }
    return registry;
}

std::set<std::string> GeneratedRegistry::names() const {
    std::set<std::string> result;
    for (const Entry& entry : _entries)
        result.insert(entry.name);
    return result;
}

void GeneratedRegistry::mark(const Reference<css::sheet::XSpreadsheet>& sheet,
                             const std::string& kind) {
    const css::table::CellRangeAddress where =
        Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress();
    Reference<css::sheet::XNamedRanges> names =
        sheetNames(Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW));
    if (names->hasByName(markName))
        names->removeByName(markName);
    names->addNewByName(markName, fromUtf8("\"" + kind + "\""),
                        css::table::CellAddress(where.Sheet, 0, 0), 0);
}

void GeneratedRegistry::save(const Reference<css::sheet::XSpreadsheetDocument>& document,
                             const std::vector<Entry>& entries) {
    nlohmann::json sheets = nlohmann::json::array();
    for (const Entry& entry : entries)
        sheets.push_back({{"name", entry.name},
                          {"kind", entry.kind},
                          {"key", entry.key},
                          {"fingerprint", entry.fingerprint}});
    const nlohmann::json data = {{"version", registryVersion}, {"sheets", sheets}};
    const Any value(fromUtf8(data.dump()));
    Reference<css::beans::XPropertyContainer> container = userProperties(document);
    Reference<css::beans::XPropertySet> properties(container, UNO_QUERY_THROW);
    try {
        if (properties->getPropertySetInfo()->hasPropertyByName(propertyName))
            properties->setPropertyValue(propertyName, value);
        else
            container->addProperty(propertyName, css::beans::PropertyAttribute::REMOVABLE, value);
    } catch (const css::uno::RuntimeException&) {
        throw;
    } catch (const css::uno::Exception& error) {
        // e.g. a property of that name and another type, or read-only: not an argument of
        // the caller's, so it is reported as Calc refusing a change
        throw css::uno::RuntimeException("Concord: the document refused the list of generated "
                                         "sheets (property " +
                                         propertyName + "): " + error.Message);
    }
}

void GeneratedRegistry::restore(const Reference<css::sheet::XSpreadsheetDocument>& document) const {
    Reference<css::beans::XPropertyContainer> container = userProperties(document);
    Reference<css::beans::XPropertySet> properties(container, UNO_QUERY_THROW);
    const bool present = properties->getPropertySetInfo()->hasPropertyByName(propertyName);
    if (!_stored) {
        if (present)
            container->removeProperty(propertyName);
    } else if (present) {
        properties->setPropertyValue(propertyName, *_stored);
    } else {
        container->addProperty(propertyName, css::beans::PropertyAttribute::REMOVABLE, *_stored);
    }
}

} // namespace concord::uno
