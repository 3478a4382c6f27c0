#include "OfficeLanguage.hpp"
#include "uno/text/UnoText.hpp"

#include "uno/GridConversion.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace concord::uno {

namespace {

/// Where the UI locale is kept, in the order the office itself looks.
struct LocaleSetting {
    const char* node;
    const char* property;
};

const LocaleSetting settings[] = {
    {"/org.openoffice.Office.Linguistic/General", "UILocale"},
    {"/org.openoffice.Setup/L10N", "ooLocale"},
};

rtl::OUString readSetting(const css::uno::Reference<css::lang::XMultiServiceFactory>& provider,
                          const LocaleSetting& setting) {
    css::beans::NamedValue path("nodepath",
                                css::uno::Any(rtl::OUString::createFromAscii(setting.node)));
    const css::uno::Any argument(path);
    const css::uno::Sequence<css::uno::Any> arguments(&argument, 1);
    css::uno::Reference<css::container::XNameAccess> node(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              arguments),
        css::uno::UNO_QUERY_THROW);
    rtl::OUString value;
    node->getByName(rtl::OUString::createFromAscii(setting.property)) >>= value;
    return value;
}

} // namespace

core::common::Language
OfficeLanguage::of(const css::uno::Reference<css::uno::XComponentContext>& context) {
    try {
        const auto provider = css::configuration::theDefaultProvider::get(context);
        for (const LocaleSetting& setting : settings) {
            const rtl::OUString tag = readSetting(provider, setting);
            if (!tag.isEmpty())
                return core::common::languageFromTag(toUtf8(tag));
        }
    } catch (const css::uno::Exception&) {
        // an office without these settings speaks English
    }
    return core::common::Language::En;
}

} // namespace concord::uno
