// Width policy of the generated sheets: rows of one text (titles, period line, notes) are
// banners spanning the table; long-text columns wrap at a fixed width; the rest fit.
#include "core/sheets/Canvas.hpp"

#include <gtest/gtest.h>

using namespace concord::core::sheets;

TEST(SheetsBanner, RowsOfOneTextAboveTheHeaderAndTitlesAreBanners) {
    Canvas canvas;
    canvas.text(0, 0, "Title");       // banner: above the header
    canvas.text(1, 0, "Period line"); // banner
    canvas.text(2, 0, "ID");          // header row: two texts
    canvas.text(2, 1, "Name");        //
    canvas.format(2, 0, 2, 1, CellFormat::Header);
    canvas.text(3, 1, "only one text"); // body row of one text, not a title: no banner
    canvas.text(5, 0, "Goals");         // a title further down: banner
    canvas.format(5, 0, 5, 0, CellFormat::Title);
    canvas.set(6, 0, 1.0); // one number: never a banner
    canvas.wrap(1, nameWidth);
    const Layout s = canvas.finish("x", "", "X", 3, 0);
    ASSERT_EQ(3u, s.banners.size());
    EXPECT_EQ(0, s.banners[0].row);
    EXPECT_EQ(1, s.banners[1].row);
    EXPECT_EQ(5, s.banners[2].row);
    EXPECT_EQ(0, s.banners[2].col);
    ASSERT_EQ(1u, s.wrapColumns.size());
    EXPECT_EQ(1, s.wrapColumns[0].col);
    EXPECT_EQ(6000, s.wrapColumns[0].maxWidth);
}
