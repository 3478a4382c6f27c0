#include "core/common/Trim.hpp"

#include <gtest/gtest.h>

using concord::core::common::Trim;

TEST(Trim, CellTextLosesAsciiWhitespaceAndNoBreakSpaces) {
    // ASCII spaces, tab, line breaks, form feed and vertical tab on both ends
    EXPECT_EQ("Sales", Trim::cell(" \t\n\r\f\vSales \t"));
    // U+00A0 (C2 A0) mixed with spaces, on both ends; the one inside stays
    EXPECT_EQ("Отдел\xC2\xA0продаж", Trim::cell("\xC2\xA0 Отдел\xC2\xA0продаж \xC2\xA0"));
    EXPECT_EQ("", Trim::cell(" \xC2\xA0 "));
    // a lone C2 byte is no no-break space: it stays
    EXPECT_EQ("\xC2", Trim::cell(" \xC2"));
}

TEST(Trim, BlankIsOnlySpacesTabsAndLineBreaks) {
    EXPECT_TRUE(Trim::isBlank(""));
    EXPECT_TRUE(Trim::isBlank(" \t\r\n"));
    EXPECT_FALSE(Trim::isBlank(" x "));
    // a no-break space is a character here, as before (texts and goals)
    EXPECT_FALSE(Trim::isBlank("\xC2\xA0"));
}
