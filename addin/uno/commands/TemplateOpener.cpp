#include "TemplateOpener.hpp"
#include "uno/text/UnoText.hpp"

#include "core/common/Error.hpp"
#include "uno/GridConversion.hpp"
#include "uno/Runtime.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <osl/file.hxx>

namespace concord::uno {

namespace {

/// The template file of each language, in the extension's templates folder.
struct TemplateFile {
    core::common::Language language;
    const char* name;
};

const TemplateFile templateFiles[] = {
    {core::common::Language::En, "concord-template-en.ots"},
    {core::common::Language::Ru, "concord-template-ru.ots"},
};

/// From the data folder (…/data) to the templates folder.
const char templatesFolder[] = "/../templates/";
const char newWindow[] = "_blank";

css::beans::PropertyValue property(const char* name, bool value) {
    css::beans::PropertyValue result;
    result.Name = rtl::OUString::createFromAscii(name);
    result.Value <<= value;
    return result;
}

} // namespace

std::string TemplateOpener::path(core::common::Language language) {
    for (const TemplateFile& file : templateFiles)
        if (file.language == language)
            return dataDirectory() + templatesFolder + file.name;
    throw core::common::Error(core::common::Error::Category::Internal, "template.language",
                              "no template for this language");
}

css::uno::Reference<css::lang::XComponent>
TemplateOpener::open(const css::uno::Reference<css::uno::XComponentContext>& context,
                     core::common::Language language, bool hidden) {
    const std::string file = path(language);
    rtl::OUString url;
    osl::DirectoryItem item;
    if (osl::FileBase::getFileURLFromSystemPath(fromUtf8(file), url) != osl::FileBase::E_None ||
        osl::DirectoryItem::get(url, item) != osl::FileBase::E_None)
        throw core::common::Error(core::common::Error::Category::Configuration, "template.missing",
                                  "the template is not in the extension", file);
    const css::beans::PropertyValue properties[] = {property("AsTemplate", true),
                                                    property("Hidden", hidden)};
    const css::uno::Sequence<css::beans::PropertyValue> arguments(properties, 2);
    return css::frame::Desktop::create(context)->loadComponentFromURL(url, newWindow, 0, arguments);
}

} // namespace concord::uno
