// textWidth: a width never narrower than Calc's optimal one for a text in Liberation Sans
// 10 pt. Each expectation is worked out by hand from the advances in TextWidth.cpp (1/1000 em;
// one em of 10 pt is 352.8 hundredths of a mm; bold ×1.12; rounded up; + 300 of margins).
// That the estimate is really wide enough in Calc is checked by the integration test
// GeneratorLayout (no text is cut on any generated sheet, en and ru).
#include "core/sheets/TextWidth.hpp"

#include <gtest/gtest.h>

using concord::core::sheets::textWidth;

TEST(SheetsTextWidth, EmptyTextIsTheMarginsOnly) {
    EXPECT_EQ(300, textWidth("", false));
}

TEST(SheetsTextWidth, Digits) {
    // "10": 556 + 556 = 1112 → 392.31 → 393 + 300
    EXPECT_EQ(693, textWidth("10", false));
}

TEST(SheetsTextWidth, PercentWithOneDecimal) {
    // "70.0 %": 556 + 556 + 333 + 556 + 333 + 889 = 3223 → 1137.07 → 1138 + 300
    EXPECT_EQ(1438, textWidth("70.0 %", false));
}

TEST(SheetsTextWidth, BoldLatinHeader) {
    // "Amber from": A 778, m 833, b 556, e 556, r 400, ' ' 333, f 400, r 400, o 556, m 833
    // = 5645 → 1991.556 × 1.12 = 2230.54 → 2231 + 300
    EXPECT_EQ(2531, textWidth("Amber from", true));
}

TEST(SheetsTextWidth, Cyrillic) {
    // "Жёлтый от": Ж 1000, ё л т 625 each, ы 833, й 625, ' ' 333, о т 625 each
    // = 1000 + 6 · 625 + 833 + 333 = 5916 → 2087.16 → 2088 + 300
    EXPECT_EQ(2388, textWidth("Жёлтый от", false));
}

TEST(SheetsTextWidth, SymbolAndStatusWord) {
    // "● amber": ● 1100, ' ' 333, a 556, m 833, b 556, e 556, r 400 = 4334 → 1529.04 → 1530 + 300
    EXPECT_EQ(1830, textWidth("● amber", false));
}

TEST(SheetsTextWidth, BrokenByteCountsAsOneWideCharacter) {
    // 0xFF is no UTF-8 lead byte: one character of 1100 → 388.08 → 389 + 300
    EXPECT_EQ(689, textWidth("\xFF", false));
}
