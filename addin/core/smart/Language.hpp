#pragma once

#include <cstddef>
#include <string_view>

namespace concord::core {

/// The language of a goal, of a hint and of the texts the user sees. Concord speaks English
/// and Russian (DESIGN §1).
enum class Language { En, Ru };

/// Returns Language::Ru when Cyrillic letters outnumber Latin letters in the UTF-8 text
/// `text`, else Language::En (also for text without letters). Mixed goals such as
/// "Увеличить ARR с $10M до $15M" are Russian because most of their letters are Cyrillic.
/// Bytes that are not valid UTF-8 are skipped; never throws.
Language detectLanguage(std::string_view text);

/// Returns the language of a text with `cyrillic` Cyrillic and `latin` Latin letters:
/// Language::Ru when Cyrillic letters are more, else Language::En. The one place of the rule.
Language languageOfLetters(std::size_t cyrillic, std::size_t latin);

/// Returns the ISO 639-1 code of `language`: "en" or "ru".
const char* languageCode(Language language);

} // namespace concord::core
