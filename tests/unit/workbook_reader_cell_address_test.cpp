#include "core/model/Workbook.hpp"

#include <gtest/gtest.h>

using concord::core::model::CellRef;

TEST(WorkbookReaderCellAddress, ZeroBasedRowAndColumnGiveA1Address) {
    struct Case {
        int row;
        int col;
        const char* address;
    };
    const Case cases[] = {
        {0, 0, "A1"},
        {6, 1, "B7"},
        {0, 25, "Z1"}, // Z is the 26th letter
        {11, 26, "AA12"},
        {0, 51, "AZ1"},
        {0, 52, "BA1"},                 // 26 + 26 = 52 → BA
        {0, 701, "ZZ1"},                // ZZ = 26·26 + 26 = 702nd column
        {0, 702, "AAA1"},               // AAA = 703rd column
        {1048575, 16383, "XFD1048576"}, // XFD = 24·676 + 6·26 + 4 = 16384th column
    };
    for (const Case& c : cases)
        EXPECT_EQ(c.address, (CellRef{"KPIs", c.row, c.col}.address()));
}
