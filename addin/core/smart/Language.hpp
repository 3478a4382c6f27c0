#pragma once

#include <cstddef>
#include <string_view>

namespace concord::core {

/// The language of a goal, of a hint and of the texts the user sees. Concord speaks English
/// and Russian (DESIGN §1).
enum class Language { En, Ru };

/// Returns the language of the UTF-8 text `text` by LetterTally (LetterTally.hpp): Language::Ru
/// when Cyrillic letters outnumber Latin ones outside acronyms. Mixed goals such as "Увеличить ARR
/// с $10M до $15M" are Russian. Bytes that are not valid UTF-8 are skipped; never throws.
Language detectLanguage(std::string_view text);

/// Returns the ISO 639-1 code of `language`: "en" or "ru".
const char* languageCode(Language language);

} // namespace concord::core
