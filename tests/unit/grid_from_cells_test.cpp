// A grid made from a vector of cells, as the UNO layer reads a range and the sheet
// functions build an array result: row-major order, 1×1 kept as a scalar, size checked.
#include "core/common/Error.hpp"
#include "core/common/Grid.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace concord::core::common;

namespace {

std::string errorId(std::size_t rows, std::size_t cols, std::vector<Cell> cells) {
    try {
        Grid grid(rows, cols, std::move(cells));
    } catch (const Error& error) {
        return error.id();
    }
    return "no error";
}

} // namespace

// ---- cells that fill the grid ----------------------------------------------------------

TEST(GridFromCells, CellsAreReadRowByRow) {
    // 2 rows × 3 columns from {1, 2, "x", empty, 5, 6}: row 0 = 1 2 "x", row 1 = empty 5 6
    Grid grid(2, 3, {1.0, 2.0, std::string("x"), std::monostate{}, 5.0, 6.0});
    EXPECT_EQ(2u, grid.rows());
    EXPECT_EQ(3u, grid.cols());
    EXPECT_FALSE(grid.isScalar());
    EXPECT_EQ(Cell(2.0), grid.at(0, 1));
    EXPECT_EQ(Cell(std::string("x")), grid.at(0, 2));
    EXPECT_EQ(Cell(std::monostate{}), grid.at(1, 0));
    EXPECT_EQ(Cell(6.0), grid.at(1, 2));
}

TEST(GridFromCells, OneCellIsAScalar) {
    // a 1×1 range stands for every position of an array call, like Grid::scalar(7)
    Grid grid(1, 1, {7.0});
    EXPECT_TRUE(grid.isScalar());
    EXPECT_EQ(Cell(7.0), grid.at(0, 0));
    EXPECT_EQ(Cell(7.0), grid.at(3, 0)); // a scalar answers every position
}

// ---- cells that do not fill the grid ---------------------------------------------------

TEST(GridFromCells, TooFewOrTooManyCellsAreAnError) {
    // 2×2 needs 4 cells
    EXPECT_EQ("grid.size", errorId(2, 2, {1.0, 2.0, 3.0}));
    EXPECT_EQ("grid.size", errorId(2, 2, {1.0, 2.0, 3.0, 4.0, 5.0}));
}

TEST(GridFromCells, NoRowsOrNoColumnsIsAnError) {
    EXPECT_EQ("grid.empty", errorId(0, 3, {}));
    EXPECT_EQ("grid.empty", errorId(3, 0, {}));
}
