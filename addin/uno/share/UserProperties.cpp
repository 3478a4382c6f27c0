#include "UserProperties.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

namespace {

Reference<css::document::XDocumentProperties>
documentProperties(const Reference<css::uno::XInterface>& document) {
    return Reference<css::document::XDocumentPropertiesSupplier>(document, UNO_QUERY_THROW)
        ->getDocumentProperties();
}

} // namespace

std::map<std::string, std::string>
UserProperties::read(const Reference<css::uno::XInterface>& document) {
    Reference<css::beans::XPropertySet> properties(
        documentProperties(document)->getUserDefinedProperties(), UNO_QUERY_THROW);
    std::map<std::string, std::string> out;
    for (const css::beans::Property& property : properties->getPropertySetInfo()->getProperties()) {
        rtl::OUString value;
        if (properties->getPropertyValue(property.Name) >>= value)
            out[toUtf8(property.Name)] = toUtf8(value);
    }
    return out;
}

void UserProperties::write(const Reference<css::uno::XInterface>& document,
                           const std::vector<std::pair<std::string, std::string>>& properties) {
    Reference<css::beans::XPropertyContainer> container =
        documentProperties(document)->getUserDefinedProperties();
    Reference<css::beans::XPropertySet> set(container, UNO_QUERY_THROW);
    for (const auto& [name, value] : properties) {
        const rtl::OUString key = fromUtf8(name);
        const css::uno::Any any(fromUtf8(value));
        if (set->getPropertySetInfo()->hasPropertyByName(key))
            set->setPropertyValue(key, any);
        else
            container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, any);
    }
}

void UserProperties::setTitle(const Reference<css::uno::XInterface>& document,
                              const std::string& title) {
    documentProperties(document)->setTitle(fromUtf8(title));
}

} // namespace concord::uno
