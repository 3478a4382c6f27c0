#include "UiTexts.hpp"

#include "OfficeLanguage.hpp"
#include "uno/Runtime.hpp"

namespace concord::uno {

namespace {

const char textsFile[] = "/ui.json";

} // namespace

UiTexts::UiTexts(GeneratorTexts texts, core::common::Language language)
    : _texts(std::move(texts)), _language(language) {}

UiTexts UiTexts::load(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return UiTexts(GeneratorTexts::load(dataDirectory() + textsFile), OfficeLanguage::of(context));
}

std::string UiTexts::text(const std::string& id, const std::vector<std::string>& args) const {
    return _texts.text(id, _language, args);
}

} // namespace concord::uno
