// Sheet names Calc accepts and the free name of a clash (DESIGN §3): Calc forbids
// []*?:/\ and apostrophes at either end, and compares names ignoring case.
#include "core/sheets/Naming.hpp"

#include <gtest/gtest.h>

using namespace concord::core::sheets;

TEST(SheetName, CharactersCalcRejectsBecomeUnderscores) {
    EXPECT_EQ("Scorecard A_B_C", safeSheetName("Scorecard A/B:C"));
    // each of the seven forbidden characters, one for one
    EXPECT_EQ("a_b_c_d_e_f_g_h", safeSheetName("a[b]c*d?e:f/g\\h"));
}

TEST(SheetName, ApostrophesAtEitherEndAreDropped) {
    EXPECT_EQ("x", safeSheetName("'x'"));
    // inside the name an apostrophe is allowed
    EXPECT_EQ("O'Neil", safeSheetName("''O'Neil'"));
    // nothing left: Calc has no empty names
    EXPECT_EQ("_", safeSheetName("'''"));
}

TEST(SheetName, FoldingIgnoresCaseCyrillicIncluded) {
    EXPECT_EQ("company", foldedSheetName("COMPANY"));
    EXPECT_EQ(foldedSheetName("компания"), foldedSheetName("Компания"));
    EXPECT_EQ(foldedSheetName("ТАБЛИЦА ЗАПРОСОВ"), foldedSheetName("Таблица запросов"));
}

TEST(SheetName, FreeNameCountsUpFromTwo) {
    EXPECT_EQ("Company", freeSheetName({"smart"}, "Company"));
    EXPECT_EQ("Company (2)", freeSheetName({"company"}, "Company"));
    // "company (2)" is taken too: the next number
    EXPECT_EQ("Company (3)", freeSheetName({"company", "company (2)"}, "Company"));
}
