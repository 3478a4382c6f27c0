#include "core/common/Utf8.hpp"

#include <gtest/gtest.h>

#include <string>

using concord::core::common::Utf8;

TEST(Utf8, DecodesCyrillicAndRejectsInvalidBytes) {
    // "Жё": Ж = D0 96 = U+0416, ё = D1 91 = U+0451
    const std::string text = "\xD0\x96\xD1\x91";
    std::size_t pos = 0;
    EXPECT_EQ(0x416, Utf8::decode(text, pos));
    EXPECT_EQ(2u, pos);
    EXPECT_EQ(0x451, Utf8::decode(text, pos));
    EXPECT_EQ(4u, pos);
    // overlong "/" (C0 AF), a lone continuation byte (80), a cut sequence (D0 at the end):
    // each gives -1 and moves one byte on
    const std::string bad = "\xC0\xAF\x80\xD0";
    pos = 0;
    EXPECT_EQ(-1, Utf8::decode(bad, pos));
    EXPECT_EQ(1u, pos);
    pos = 2;
    EXPECT_EQ(-1, Utf8::decode(bad, pos));
    EXPECT_EQ(3u, pos);
    EXPECT_EQ(-1, Utf8::decode(bad, pos));
    EXPECT_EQ(4u, pos);
}

TEST(Utf8, AppendEncodesOneToFourBytes) {
    std::string out;
    Utf8::append(out, 'A');     // 41
    Utf8::append(out, 0x435);   // е = D0 B5
    Utf8::append(out, 0x20AC);  // € = E2 82 AC
    Utf8::append(out, 0x1F600); // 😀 = F0 9F 98 80
    Utf8::append(out, -1);      // nothing
    EXPECT_EQ("A\xD0\xB5\xE2\x82\xAC\xF0\x9F\x98\x80", out);
}

TEST(Utf8, FirstGivesTheLeadingCodePointAndItsLength) {
    EXPECT_EQ(std::make_pair(0x41C, std::size_t(2)), Utf8::first("Мы")); // М = D0 9C
    EXPECT_EQ(std::make_pair(-1, std::size_t(0)), Utf8::first(""));
    EXPECT_EQ(std::make_pair(-1, std::size_t(0)), Utf8::first("\xFFx"));
}

TEST(Utf8, FoldLowersLettersAndYoAndHyphens) {
    EXPECT_EQ('a', Utf8::fold('A'));
    EXPECT_EQ(0x436, Utf8::fold(0x416));   // Ж → ж
    EXPECT_EQ(0x435, Utf8::fold(0x401));   // Ё → е
    EXPECT_EQ(0x435, Utf8::fold(0x451));   // ё → е
    EXPECT_EQ('-', Utf8::fold(0x2013));    // en dash → hyphen-minus
    EXPECT_EQ(0x2014, Utf8::fold(0x2014)); // em dash stays: it separates words
    EXPECT_EQ(0x3C9, Utf8::fold(0x3A9));   // Ω → ω through Poco
}

TEST(Utf8, LowerKeepsYoAndLowerWithoutYoWritesYe) {
    // "ОТЧЁТ Q1" → "отчёт q1"; without ё: "отчет q1"
    EXPECT_EQ("отчёт q1", Utf8::lower("ОТЧЁТ Q1"));
    EXPECT_EQ("отчет q1", Utf8::lowerWithoutYo("ОТЧЁТ Q1"));
    EXPECT_EQ("ёлка", Utf8::lower("Ёлка"));
    EXPECT_EQ("елка", Utf8::lowerWithoutYo("Ёлка"));
}
