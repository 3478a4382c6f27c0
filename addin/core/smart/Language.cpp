#include "core/smart/Language.hpp"

#include "core/smart/SmartUtf8.hpp"

namespace concord::core {

Language detectLanguage(std::string_view text) {
    std::size_t cyrillic = 0;
    std::size_t latin = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const int cp = SmartUtf8::decode(text, pos);
        if (cp < 0)
            continue;
        const SmartUtf8::Script script = SmartUtf8::classify(cp).script;
        cyrillic += script == SmartUtf8::Script::Cyrillic;
        latin += script == SmartUtf8::Script::Latin;
    }
    return languageOfLetters(cyrillic, latin);
}

Language languageOfLetters(std::size_t cyrillic, std::size_t latin) {
    return cyrillic > latin ? Language::Ru : Language::En;
}

const char* languageCode(Language language) {
    return language == Language::Ru ? "ru" : "en";
}

} // namespace concord::core
