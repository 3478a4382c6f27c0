#include "core/common/NumberText.hpp"

#include <gtest/gtest.h>

#include <limits>

using concord::core::common::Language;
using concord::core::common::NumberText;

// Moved from report_company_result_test (percentText), same cases.
TEST(NumberText, PercentHasOneDecimalAndTheLanguagesSeparator) {
    struct Case {
        double ratio;
        Language language;
        const char* expected;
    };
    const Case cases[] = {
        {0.85, Language::En, "85.0"},     {0.85, Language::Ru, "85,0"},
        {0.7973, Language::En, "79.7"},  // 79.73 → 79.7
        {0.78149, Language::En, "78.1"}, // 78.149 → 78.1
        {0.975, Language::En, "97.5"},   // stored as 0.97499…, still reads 97.5
        {0.9, Language::Ru, "90,0"},      {1.2, Language::En, "120.0"},    // the default cap
        {0.0, Language::En, "0.0"},       {-0.00001, Language::En, "0.0"}, // no "-0.0"
        {0.0005, Language::Ru, "0,1"},    // 0.5 tenths rounds away from zero to 1 tenth
        {-0.2346, Language::Ru, "-23,5"}, // −234.6 tenths → −235 → "-23.5", comma in ru
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.expected);
        EXPECT_EQ(c.expected, NumberText::percent(c.ratio, c.language));
    }
}

// Moved from report_goals_test (sentenceNumber), plus −0 and rounding to 2 decimals.
TEST(NumberText, SentenceNumbersHaveAtMostTwoDecimals) {
    EXPECT_EQ("150.11", NumberText::sentence(150.1057, Language::En));
    EXPECT_EQ("150,11", NumberText::sentence(150.1057, Language::Ru));
    EXPECT_EQ("350", NumberText::sentence(350, Language::En));
    EXPECT_EQ("0.5", NumberText::sentence(0.5, Language::En));
    // −0.001 rounds to −0.00 → trailing zeros and point dropped → "-0" → "0"
    EXPECT_EQ("0", NumberText::sentence(-0.001, Language::En));
    // 1234.5 keeps one decimal; Russian writes the comma
    EXPECT_EQ("1234,5", NumberText::sentence(1234.5, Language::Ru));
}

// Moved from smart_hint_test (Hints::number), same cases.
TEST(NumberText, HintNumbersAreWrittenForTheLanguage) {
    // six significant digits, no exponent, decimal comma in Russian
    EXPECT_EQ("7.5", NumberText::hint(7.5, Language::En));
    EXPECT_EQ("7,5", NumberText::hint(7.5, Language::Ru));
    EXPECT_EQ("1000000", NumberText::hint(1e6, Language::En));
    EXPECT_EQ("1234570", NumberText::hint(1234567.89, Language::En));
    EXPECT_EQ("-0.25", NumberText::hint(-0.25, Language::En));
    // 0.1234567 → 6 significant digits "0.123457", ru comma
    EXPECT_EQ("0,123457", NumberText::hint(0.1234567, Language::Ru));
}

TEST(NumberText, TypedNumbersReadAsAUserTypesThem) {
    EXPECT_EQ("101", NumberText::typed(101));    // a whole number has no decimals
    EXPECT_EQ("0.5", NumberText::typed(0.5));    // no trailing zeros
    EXPECT_EQ("-3", NumberText::typed(-3));      // minus sign kept
    EXPECT_EQ("0", NumberText::typed(-0.0));     // no "-0"
    EXPECT_EQ("1e+20", NumberText::typed(1e20)); // beyond 1e15: %.15g with exponent
    EXPECT_EQ("0.1", NumberText::typed(0.1));    // 15 significant digits hide the binary tail
    EXPECT_EQ("inf", NumberText::typed(std::numeric_limits<double>::infinity()));
}

TEST(NumberText, DecimalMarkIsACommaOnlyInRussian) {
    EXPECT_EQ("1.25", NumberText::decimalMark("1.25", Language::En));
    EXPECT_EQ("1,25", NumberText::decimalMark("1.25", Language::Ru));
    EXPECT_EQ("300", NumberText::decimalMark("300", Language::Ru)); // no point, nothing to do
}
