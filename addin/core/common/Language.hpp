#pragma once

#include <string_view>

namespace concord::core::common {

/// The languages every user-visible Concord text exists in (DESIGN §1): of the UI, of the
/// generated sheets, and of a goal's text and its hint.
enum class Language { En, Ru };

/// The UI language for a BCP 47 language tag, such as LibreOffice's UI locale: Ru when the
/// primary subtag (the part before the first '-' or '_') is "ru" in any case ("ru",
/// "ru-RU", "RU_ru"), En for every other tag, including an empty one. Never throws.
inline Language languageFromTag(std::string_view bcp47) {
    const std::string_view primary = bcp47.substr(0, bcp47.find_first_of("-_"));
    // Setting bit 0x20 maps exactly 'R' and 'r' to 'r' (and 'U', 'u' to 'u').
    const bool russian =
        primary.size() == 2 && (primary[0] | 0x20) == 'r' && (primary[1] | 0x20) == 'u';
    return russian ? Language::Ru : Language::En;
}

/// Returns the ISO 639-1 code of `language`: "en" or "ru".
inline const char* languageCode(Language language) {
    return language == Language::Ru ? "ru" : "en";
}

} // namespace concord::core::common
