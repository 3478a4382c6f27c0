// The SMART tokeniser: how a UTF-8 goal is cut into words, numbers, dates and symbols, which
// tokens are glued together, and the built-in classes they get.
#include "core/smart/Tokeniser.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace concord::core::common;
using namespace concord::core::smart;

namespace {

/// Returns the folded tokens of `text`, a "^" in front of each glued one.
std::vector<std::string> tokens(const std::string& text) {
    static const Lexicon empty;
    TokenBuffer buffer;
    Tokeniser::tokenise(text, empty, buffer);
    std::vector<std::string> out;
    for (const Token& token : buffer.tokens)
        out.push_back((token.gluedLeft ? "^" : "") + std::string(buffer.text(token)));
    return out;
}

TokenBuffer buffer(const std::string& text) {
    static const Lexicon empty;
    TokenBuffer out;
    Tokeniser::tokenise(text, empty, out);
    return out;
}

using Tokens = std::vector<std::string>;

} // namespace

TEST(Tokeniser, LettersAndDigitsWrittenTogetherAreGluedTokens) {
    EXPECT_EQ((Tokens{"fy", "^2019"}), tokens("FY2019"));
    EXPECT_EQ((Tokens{"1", "^с", "^:", "^erp"}), tokens("1С:ERP"));
    EXPECT_EQ((Tokens{"$", "^500", "^k"}), tokens("$500k"));
    EXPECT_EQ((Tokens{"5", "^-", "^го", "числа"}), tokens("5-го числа"));
    EXPECT_EQ((Tokens{"q", "^3", "2026"}), tokens("Q3 2026"));
}

TEST(Tokeniser, NumbersKeepTheirSeparators) {
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

TEST(Tokeniser, DatesInDigitsAreOneToken) {
    const TokenBuffer b = buffer("к 31.12.2026. 2026-12-31 12/31/2026 1.2.3");
    ASSERT_EQ(6U, b.tokens.size());
    EXPECT_EQ(Token::Kind::Date, b.tokens[1].kind);   // 31.12.2026
    EXPECT_EQ(Token::Kind::Symbol, b.tokens[2].kind); // the full stop after it
    EXPECT_EQ(Token::Kind::Date, b.tokens[3].kind);   // 2026-12-31
    EXPECT_EQ(Token::Kind::Date, b.tokens[4].kind);   // 12/31/2026
    EXPECT_EQ(Token::Kind::Number, b.tokens[5].kind); // 1.2.3: the year part is 1 digit
}

TEST(Tokeniser, TextIsFolded) {
    EXPECT_EQ((Tokens{"отчет", "елки"}), tokens("Отчёт ЁЛКИ")); // ё = е
    EXPECT_EQ((Tokens{"priority", "^-", "^1"}), tokens("priority\xE2\x80\x91"
                                                       "1")); // U+2011
    EXPECT_EQ((Tokens{"don't", "citizens", "^'"}), tokens("don’t citizens'"));
}

TEST(Tokeniser, BuiltInClasses) {
    // "Office 365 by 31 May 2026, ISO 9001." — token by token
    const TokenBuffer b = buffer("Migrate Office 365 by 31 May 2026, ISO 9001.");
    const auto has = [&](std::size_t i, BuiltinAtom atom) {
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

TEST(Tokeniser, CountsLettersByScript) {
    // Cyrillic words: Увеличить 9 + с 1 + до 2 = 12; Latin words: M + M = 2; ARR is an
    // acronym and does not count
    EXPECT_EQ(Language::Ru, buffer("Увеличить ARR с $10M до $15M").letters.language());
    // the only words are acronyms: they decide
    EXPECT_EQ(Language::Ru, buffer("МФЦ, ДТП").letters.language());
    EXPECT_EQ(Language::En, buffer("KPI").letters.language());
}

TEST(Tokeniser, DayAndMonthWithoutAYearAndListNumbers) {
    // "31.12" is a number that is also a day and month; "99.95" and "31.125" are not
    const auto dayMonth = [](const std::string& text) {
        return buffer(text).tokens.front().atoms.test(AtomDayMonth);
    };
    EXPECT_TRUE(dayMonth("31.12"));
    EXPECT_TRUE(dayMonth("01.07"));
    EXPECT_FALSE(dayMonth("99.95"));  // day > 31
    EXPECT_FALSE(dayMonth("12.13"));  // month > 12
    EXPECT_FALSE(dayMonth("31.125")); // three decimals
    EXPECT_FALSE(dayMonth("1.5"));    // one decimal
    // #lead: an integer of one or two digits that opens the text
    EXPECT_TRUE(buffer("1. Launch").tokens[0].atoms.test(AtomLead));
    EXPECT_FALSE(buffer("Goal 1. Launch").tokens[1].atoms.test(AtomLead)); // not first
    EXPECT_FALSE(buffer("2026. Launch").tokens[0].atoms.test(AtomLead));   // 4 digits
    EXPECT_FALSE(buffer("1.5 times").tokens[0].atoms.test(AtomLead));      // not an integer
}

TEST(Tokeniser, DashesBetweenNumbersFoldToAHyphen) {
    // en dash U+2013, figure dash U+2012 and minus U+2212 read as "-"; the em dash stays
    EXPECT_EQ((Tokens{"2026", "^-", "^2028"}), tokens("2026\xE2\x80\x93"
                                                      "2028"));
    EXPECT_EQ((Tokens{"-", "^5", "^%"}), tokens("\xE2\x88\x92"
                                                "5%"));
    EXPECT_EQ((Tokens{"\xE2\x80\x94"}), tokens("\xE2\x80\x94"));
}
