#include "core/smart/LetterTally.hpp"

namespace concord::core::smart {

void LetterTally::endWord() {
    const bool acronym = _wordLetters >= 2 && !_wordLower;
    (acronym ? _acronymCyrillic : _cyrillic) += _wordCyrillic;
    (acronym ? _acronymLatin : _latin) += _wordLatin;
    _wordCyrillic = _wordLatin = _wordLetters = 0;
    _wordLower = false;
}

common::Language LetterTally::language() const {
    const bool words = _cyrillic + _latin > 0;
    const std::size_t cyrillic = words ? _cyrillic : _acronymCyrillic;
    const std::size_t latin = words ? _latin : _acronymLatin;
    return cyrillic > latin ? common::Language::Ru : common::Language::En;
}

} // namespace concord::core::smart
