#include "core/smart/Language.hpp"

#include "core/smart/SmartUtf8.hpp"

namespace concord::core {

void LetterTally::addWord(std::size_t cyrillic, std::size_t latin, bool acronym) {
    (acronym ? _acronymCyrillic : _cyrillic) += cyrillic;
    (acronym ? _acronymLatin : _latin) += latin;
}

Language LetterTally::language() const {
    const bool words = _cyrillic + _latin > 0;
    const std::size_t cyrillic = words ? _cyrillic : _acronymCyrillic;
    const std::size_t latin = words ? _latin : _acronymLatin;
    return cyrillic > latin ? Language::Ru : Language::En;
}

Language detectLanguage(std::string_view text) {
    LetterTally tally;
    std::size_t cyrillic = 0;
    std::size_t latin = 0;
    bool lower = false;
    const auto endWord = [&] {
        if (cyrillic + latin > 0)
            tally.addWord(cyrillic, latin, !lower && cyrillic + latin >= 2);
        cyrillic = latin = 0;
        lower = false;
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const int cp = SmartUtf8::decode(text, pos);
        const SmartUtf8::Info info = cp < 0 ? SmartUtf8::Info{} : SmartUtf8::classify(cp);
        if (!info.letter) {
            endWord();
            continue;
        }
        cyrillic += info.script == SmartUtf8::Script::Cyrillic;
        latin += info.script == SmartUtf8::Script::Latin;
        lower = lower || info.lower;
    }
    endWord();
    return tally.language();
}

const char* languageCode(Language language) {
    return language == Language::Ru ? "ru" : "en";
}

} // namespace concord::core
