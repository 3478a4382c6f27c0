#pragma once

#include "core/common/Language.hpp"

#include <cstddef>
#include <string_view>

namespace concord::core::smart {

/// Returns the language of the UTF-8 text `text` by LetterTally (LetterTally.hpp): Language::Ru
/// when Cyrillic letters outnumber Latin ones outside acronyms. Mixed goals such as "Увеличить ARR
/// с $10M до $15M" are Russian. Bytes that are not valid UTF-8 are skipped; never throws.
common::Language detectLanguage(std::string_view text);

} // namespace concord::core::smart
