#include "GeneratorTexts.hpp"

#include "core/common/Error.hpp"
#include "core/common/Placeholders.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

namespace concord::uno {

namespace {

/// Every text must exist in each of these languages.
const char* const languageCodes[] = {"en", "ru"};
const std::string aboutKey = "about";

const char* codeOf(core::common::Language language) {
    return language == core::common::Language::Ru ? "ru" : "en";
}

} // namespace

GeneratorTexts GeneratorTexts::load(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw core::common::Error(core::common::Error::Category::Configuration,
                                  "generator.texts_missing", "cannot read the generator texts",
                                  path);
    nlohmann::json data;
    try {
        data = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& error) {
        throw core::common::Error(core::common::Error::Category::Configuration,
                                  "generator.texts_invalid",
                                  std::string("not JSON: ") + error.what(), path);
    }
    if (!data.is_object())
        throw core::common::Error(core::common::Error::Category::Configuration,
                                  "generator.texts_invalid", "not a JSON object", path);
    GeneratorTexts texts;
    for (const auto& item : data.items()) {
        if (item.key() == aboutKey)
            continue;
        for (const char* code : languageCodes) {
            const auto found = item.value().find(code);
            if (!item.value().is_object() || found == item.value().end() || !found->is_string())
                throw core::common::Error(core::common::Error::Category::Configuration,
                                          "generator.texts_invalid", "a text lacks a language",
                                          item.key() + "." + code);
            texts._texts[item.key()][code] = found->get<std::string>();
        }
    }
    return texts;
}

std::string GeneratorTexts::text(const std::string& id, core::common::Language language,
                                 const std::vector<std::string>& args) const {
    const auto entry = _texts.find(id);
    if (entry == _texts.end())
        throw core::common::Error(core::common::Error::Category::Configuration,
                                  "generator.text_unknown", "no such generator text", id);
    return core::common::Placeholders::numbered(entry->second.at(codeOf(language)), args);
}

} // namespace concord::uno
