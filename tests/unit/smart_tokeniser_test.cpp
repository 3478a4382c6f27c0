// The SMART tokeniser: how a UTF-8 goal is cut into words, numbers, dates and symbols, which
// tokens are glued together, and the built-in classes they get.
#include "core/smart/SmartTokeniser.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace concord::core;

namespace {

/// Returns the folded tokens of `text`, a "^" in front of each glued one.
std::vector<std::string> tokens(const std::string& text) {
    static const SmartLexicon empty;
    SmartTokenBuffer buffer;
    SmartTokeniser::tokenise(text, empty, buffer);
    std::vector<std::string> out;
    for (const SmartToken& token : buffer.tokens)
        out.push_back((token.gluedLeft ? "^" : "") + std::string(buffer.text(token)));
    return out;
}

SmartTokenBuffer buffer(const std::string& text) {
    static const SmartLexicon empty;
    SmartTokenBuffer out;
    SmartTokeniser::tokenise(text, empty, out);
    return out;
}

using Tokens = std::vector<std::string>;

} // namespace

TEST(SmartTokeniser, LettersAndDigitsWrittenTogetherAreGluedTokens) {
    EXPECT_EQ((Tokens{"fy", "^2019"}), tokens("FY2019"));
    EXPECT_EQ((Tokens{"1", "^с", "^:", "^erp"}), tokens("1С:ERP"));
    EXPECT_EQ((Tokens{"$", "^500", "^k"}), tokens("$500k"));
    EXPECT_EQ((Tokens{"5", "^-", "^го", "числа"}), tokens("5-го числа"));
    EXPECT_EQ((Tokens{"q", "^3", "2026"}), tokens("Q3 2026"));
}

TEST(SmartTokeniser, NumbersKeepTheirSeparators) {
    EXPECT_EQ((Tokens{"1,2", "млн", "руб", "^."}), tokens("1,2 млн руб."));
    EXPECT_EQ((Tokens{"2 500", "рублей"}), tokens("2 500 рублей")); // thousands group
    EXPECT_EQ((Tokens{"5\xC2\xA0"
                      "000"}),
              tokens("5\xC2\xA0"
                     "000"));                               // no-break space
    EXPECT_EQ((Tokens{"2026", "100"}), tokens("2026 100")); // 4 digits: no group
    EXPECT_EQ((Tokens{"99.9", "^%"}), tokens("99.9%"));
    EXPECT_EQ((Tokens{"10", "^-", "^15"}), tokens("10-15")); // a range, no date
}

TEST(SmartTokeniser, DatesInDigitsAreOneToken) {
    const SmartTokenBuffer b = buffer("к 31.12.2026. 2026-12-31 12/31/2026 1.2.3");
    ASSERT_EQ(6U, b.tokens.size());
    EXPECT_EQ(SmartToken::Kind::Date, b.tokens[1].kind);   // 31.12.2026
    EXPECT_EQ(SmartToken::Kind::Symbol, b.tokens[2].kind); // the full stop after it
    EXPECT_EQ(SmartToken::Kind::Date, b.tokens[3].kind);   // 2026-12-31
    EXPECT_EQ(SmartToken::Kind::Date, b.tokens[4].kind);   // 12/31/2026
    EXPECT_EQ(SmartToken::Kind::Number, b.tokens[5].kind); // 1.2.3: the year part is 1 digit
}

TEST(SmartTokeniser, TextIsFolded) {
    EXPECT_EQ((Tokens{"отчет", "елки"}), tokens("Отчёт ЁЛКИ")); // ё = е
    EXPECT_EQ((Tokens{"priority", "^-", "^1"}), tokens("priority\xE2\x80\x91"
                                                       "1")); // U+2011
    EXPECT_EQ((Tokens{"don't", "citizens", "^'"}), tokens("don’t citizens'"));
}

TEST(SmartTokeniser, BuiltInClasses) {
    // "Office 365 by 31 May 2026, ISO 9001." — token by token
    const SmartTokenBuffer b = buffer("Migrate Office 365 by 31 May 2026, ISO 9001.");
    const auto has = [&](std::size_t i, SmartBuiltinAtom atom) {
        return b.tokens.at(i).atoms.test(atom);
    };
    EXPECT_FALSE(has(0, AtomTitled)); // "Migrate" starts the sentence
    EXPECT_TRUE(has(1, AtomTitled));  // "Office"
    EXPECT_TRUE(has(2, AtomInteger)); // "365"
    EXPECT_FALSE(has(2, AtomYear));   // 3 digits
    EXPECT_FALSE(has(2, AtomDay));    // > 31
    EXPECT_TRUE(has(4, AtomDay));     // "31"
    EXPECT_TRUE(has(6, AtomYear));    // "2026"
    EXPECT_TRUE(has(8, AtomUpper));   // "ISO"
    EXPECT_FALSE(has(8, AtomTitled)); // capitals only
    EXPECT_TRUE(has(9, AtomNumber));  // "9001"
}

TEST(SmartTokeniser, CountsLettersByScript) {
    // Cyrillic: Увеличить 9 + с 1 + до 2 = 12; Latin: ARR 3 + M + M = 5
    const SmartTokenBuffer b = buffer("Увеличить ARR с $10M до $15M");
    EXPECT_EQ(12U, b.cyrillicLetters);
    EXPECT_EQ(5U, b.latinLetters);
}
