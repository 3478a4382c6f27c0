#pragma once

#include "core/smart/Language.hpp"

#include <cstddef>

namespace concord::core::smart {

/// Counts the Cyrillic and Latin letters of a text word by word and decides its language.
///
/// Words in capitals of two letters or more (ARR, CRM, NPS, МФЦ) are counted apart: Russian
/// goals are full of Latin acronyms ("Увеличить ARR и MRR на 20%"), so acronyms decide only
/// when the text has no other word.
class LetterTally {
public:
    /// Adds a letter to the current word: of which script, and whether it is lower-case.
    void addLetter(bool cyrillic, bool latin, bool lower) {
        _wordCyrillic += cyrillic;
        _wordLatin += latin;
        ++_wordLetters;
        _wordLower = _wordLower || lower;
    }
    /// Ends the current word (nothing when it has no letter). A word of two letters or more,
    /// of any script, without a lower-case letter is an acronym.
    void endWord();
    /// Returns Language::Ru when Cyrillic letters outnumber Latin letters among the ended
    /// words that are not acronyms (among all words when every word is an acronym), else
    /// Language::En (also for a text without letters).
    common::Language language() const;
    /// Forgets every word.
    void clear() { *this = LetterTally(); }

private:
    std::size_t _wordCyrillic = 0;
    std::size_t _wordLatin = 0;
    std::size_t _wordLetters = 0;
    bool _wordLower = false;
    std::size_t _cyrillic = 0;
    std::size_t _latin = 0;
    std::size_t _acronymCyrillic = 0;
    std::size_t _acronymLatin = 0;
};

} // namespace concord::core::smart
