#include "FunctionWizard.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>
#include <com/sun/star/uno/Sequence.hxx>

namespace concord::integration {

FunctionWizard::FunctionWizard(cli::OfficeProcess& office) : _office(office) {}

std::optional<FunctionWizard::Entry> FunctionWizard::find(const std::string& displayName) const {
    const auto context = _office.context();
    css::uno::Reference<css::container::XNameAccess> descriptions(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.sheet.FunctionDescriptions", context),
        css::uno::UNO_QUERY_THROW);
    const rtl::OUString name = ::concord::uno::fromUtf8(displayName);
    if (!descriptions->hasByName(name))
        return std::nullopt;
    css::uno::Sequence<css::beans::PropertyValue> properties;
    descriptions->getByName(name) >>= properties;
    Entry entry;
    for (const auto& property : properties) {
        rtl::OUString text;
        if (property.Name == "Name" && (property.Value >>= text))
            entry.name = ::concord::uno::toUtf8(text);
        else if (property.Name == "Description" && (property.Value >>= text))
            entry.description = ::concord::uno::toUtf8(text);
        else if (property.Name == "Category")
            property.Value >>= entry.category;
        else if (property.Name == "Arguments") {
            css::uno::Sequence<css::sheet::FunctionArgument> arguments;
            property.Value >>= arguments;
            for (const auto& argument : arguments)
                entry.arguments.push_back({::concord::uno::toUtf8(argument.Name),
                                           ::concord::uno::toUtf8(argument.Description),
                                           static_cast<bool>(argument.IsOptional)});
        }
    }
    return entry;
}

} // namespace concord::integration
