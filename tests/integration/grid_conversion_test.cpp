// Calc values to core grids and back (addin/uno/GridConversion.hpp), with UNO values built
// by hand (no office needed): what a range becomes, and which sequence type an array
// result takes — rows of double when every cell is a number or an error, rows of any else.
#include "core/common/Error.hpp"
#include "core/common/Grid.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/uno/Sequence.hxx>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

using concord::core::common::Cell;
using concord::core::common::CellError;
using concord::core::common::Error;
using concord::core::common::Grid;
using concord::uno::toCalc;
using concord::uno::toGrid;
using css::uno::Any;
using css::uno::Sequence;

namespace {

template <class T> Sequence<Sequence<T>> rowsOf(const std::vector<std::vector<T>>& rows) {
    Sequence<Sequence<T>> result(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        result.getArray()[r] = Sequence<T>(rows[r].data(), static_cast<sal_Int32>(rows[r].size()));
    return result;
}

/// The low payload bits of a NaN: the Calc error a matrix element carries.
std::uint64_t errorCode(double value) {
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits & 0xFFFF;
}

} // namespace

// ---- a range as a grid -----------------------------------------------------------------

TEST(GridConversion, MixedRangeKeepsNumbersTextsAndEmptyCells) {
    // Calc passes a range to an `any` argument as rows of any; an empty cell is void
    const Grid grid =
        toGrid(Any(rowsOf<Any>({{Any(8.0), Any(rtl::OUString("n/a"))}, {Any(), Any(true)}})));
    ASSERT_EQ(2u, grid.rows());
    ASSERT_EQ(2u, grid.cols());
    EXPECT_EQ(Cell(8.0), grid.at(0, 0));
    EXPECT_EQ(Cell(std::string("n/a")), grid.at(0, 1));
    EXPECT_EQ(Cell(std::monostate{}), grid.at(1, 0));
    EXPECT_EQ(Cell(1.0), grid.at(1, 1)); // a boolean is 1 or 0
}

TEST(GridConversion, NumberRangeAndOneCellRange) {
    const Grid column = toGrid(Any(rowsOf<double>({{1}, {2}, {3}})));
    EXPECT_EQ(3u, column.rows());
    EXPECT_EQ(Cell(3.0), column.at(2, 0));
    // a 1×1 range is a scalar: it applies to every position of an array call
    EXPECT_TRUE(toGrid(Any(rowsOf<double>({{7}}))).isScalar());
}

TEST(GridConversion, RaggedRangeIsAnArgumentError) {
    try {
        toGrid(Any(rowsOf<double>({{1, 2}, {3}})));
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ("arg.ragged", error.id());
        EXPECT_EQ(Error::Category::Argument, error.category());
    }
}

// ---- a grid as a Calc result -----------------------------------------------------------

TEST(GridConversion, NumbersAndErrorsBecomeRowsOfDouble) {
    // 0.8, an error, 1.2 in one column: errors as NaN carrying 502 (Err:502)
    Grid grid(3, 1, {0.8, CellError{"kpi.target_zero"}, 1.2});
    Sequence<Sequence<double>> rows;
    ASSERT_TRUE(toCalc(grid) >>= rows);
    ASSERT_EQ(3, rows.getLength());
    ASSERT_EQ(1, rows[0].getLength());
    EXPECT_EQ(0.8, rows[0][0]);
    EXPECT_TRUE(std::isnan(rows[1][0]));
    EXPECT_EQ(502u, errorCode(rows[1][0]));
    EXPECT_EQ(1.2, rows[2][0]);
}

TEST(GridConversion, RowsOfDoubleKeepEachRowsOwnValues) {
    // 2 rows × 3 columns, row-major 1..6: no row shares another's values
    Sequence<Sequence<double>> rows;
    ASSERT_TRUE(toCalc(Grid(2, 3, {1.0, 2.0, 3.0, 4.0, 5.0, 6.0})) >>= rows);
    ASSERT_EQ(2, rows.getLength());
    ASSERT_EQ(3, rows[1].getLength());
    EXPECT_EQ(3.0, rows[0][2]);
    EXPECT_EQ(4.0, rows[1][0]);
    EXPECT_EQ(6.0, rows[1][2]);
}

TEST(GridConversion, EmptyPositionsMakeRowsOfAny) {
    // a position without input stays empty (void), a text stays a text
    Sequence<Sequence<Any>> rows;
    ASSERT_TRUE(toCalc(Grid(3, 1, {0.8, std::monostate{}, std::string("red")})) >>= rows);
    ASSERT_EQ(3, rows.getLength());
    double first = 0;
    EXPECT_TRUE(rows[0][0] >>= first);
    EXPECT_EQ(0.8, first);
    EXPECT_FALSE(rows[1][0].hasValue());
    rtl::OUString text;
    EXPECT_TRUE(rows[2][0] >>= text);
    EXPECT_EQ(rtl::OUString("red"), text);
}

TEST(GridConversion, ScalarBecomesOneValue) {
    double value = 0;
    EXPECT_TRUE(toCalc(Grid::scalar(1.2)) >>= value);
    EXPECT_EQ(1.2, value);
    rtl::OUString text("not empty");
    EXPECT_TRUE(toCalc(Grid()) >>= text); // an empty result is an empty text, not void (#N/A)
    EXPECT_TRUE(text.isEmpty());
}
