// LetterTally: letters counted word by word, acronyms apart, and the language they give.
#include "core/smart/LetterTally.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace concord::core::common;
using namespace concord::core::smart;

namespace {

/// Feeds `word` to `tally` as one word: 'c' a Cyrillic capital, 'к' a Cyrillic small letter,
/// 'L' a Latin capital, 'l' a Latin small letter, 'g' a small letter of another script.
void add(LetterTally& tally, const std::string& word) {
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (static_cast<unsigned char>(c) >= 0x80) { // "к" is two bytes in UTF-8
            tally.addLetter(true, false, true);
            ++i;
            continue;
        }
        tally.addLetter(c == 'c', c == 'L' || c == 'l', c == 'l' || c == 'g');
    }
    tally.endWord();
}

} // namespace

TEST(SmartLetterTally, WordsThatAreNotAcronymsDecide) {
    // "Увеличить ARR": 9 Cyrillic letters against an acronym of 3 Latin ones
    LetterTally tally;
    add(tally, "cкккккккк");
    add(tally, "LLL");
    EXPECT_EQ(Language::Ru, tally.language());
    // a tie is not a majority: English
    LetterTally tie;
    add(tie, "cк");
    add(tie, "Ll");
    EXPECT_EQ(Language::En, tie.language());
}

TEST(SmartLetterTally, AcronymsDecideOnlyWhenThereIsNothingElse) {
    LetterTally acronyms;
    add(acronyms, "ccc"); // МФЦ
    add(acronyms, "LL");  // KR
    EXPECT_EQ(Language::Ru, acronyms.language());
    // one capital letter is no acronym: "M" in "$10M" counts as a Latin word
    LetterTally single;
    add(single, "L");
    add(single, "ccc");
    EXPECT_EQ(Language::En, single.language());
}

TEST(SmartLetterTally, AWordOfCapitalsInAnyScriptIsAnAcronym) {
    // "ПϾ" (found by the fuzzer): a Cyrillic and a Greek capital make an acronym of two
    // letters, so the one Cyrillic letter does not outweigh the Latin word "a"
    LetterTally tally;
    tally.addLetter(true, false, false);  // П
    tally.addLetter(false, false, false); // Ͼ
    tally.endWord();
    add(tally, "l");
    EXPECT_EQ(Language::En, tally.language());
}

TEST(SmartLetterTally, NoLettersIsEnglishAndClearForgets) {
    LetterTally tally;
    tally.endWord(); // an empty word counts nothing
    EXPECT_EQ(Language::En, tally.language());
    add(tally, "ккк");
    EXPECT_EQ(Language::Ru, tally.language());
    tally.clear();
    EXPECT_EQ(Language::En, tally.language());
}
