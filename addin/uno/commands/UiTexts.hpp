#pragma once

#include "core/common/Language.hpp"
#include "uno/generator/GeneratorTexts.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace concord::uno {

/// The words of the panel and the commands (data/ui.json, read like the generator's texts:
/// {id: {"en": text, "ru": text}}) in the office's UI language.
class UiTexts {
public:
    /// Reads data/ui.json and the UI language (OfficeLanguage). Throws core::common::Error
    /// "generator.texts_missing" / "generator.texts_invalid" when the file cannot be used.
    static UiTexts load(const css::uno::Reference<css::uno::XComponentContext>& context);

    /// The text id with {1}, {2}… replaced by args. Throws core::common::Error
    /// "generator.text_unknown" for an id ui.json does not have.
    std::string text(const std::string& id, const std::vector<std::string>& args = {}) const;

    /// The UI language the texts are in.
    core::common::Language language() const { return _language; }
    /// Every text in both languages.
    const GeneratorTexts& all() const { return _texts; }

private:
    UiTexts(GeneratorTexts texts, core::common::Language language);

    GeneratorTexts _texts;
    core::common::Language _language;
};

} // namespace concord::uno
