#pragma once

#include "core/common/Grid.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/uno/Any.hxx>

namespace concord::uno {

/// A Calc argument as a grid: void (omitted) → one empty cell, a number or text → 1×1, a
/// cell range (sequence<sequence<any>>) → its rows and columns, empty cells as empty.
/// Throws core::common::Error for a type Calc does not pass to add-ins.
core::common::Grid toGrid(const css::uno::Any& value);

/// A grid as a Calc result: 1×1 → a number or text, larger → sequence<sequence<any>>
/// (an array result). An error position becomes a NaN carrying Calc's error code, which
/// Calc shows as that error in the cell.
css::uno::Any toCalc(const core::common::Grid& grid);

} // namespace concord::uno
