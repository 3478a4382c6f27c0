#pragma once

#include "core/report/GoalResult.hpp"
#include "core/sheets/Canvas.hpp"

namespace concord::core::sheets {

/// How many columns writeSmartColumns() fills: S, M, A, R, T, score, missing, hint.
constexpr int smartColumnCount = 8;

/// Writes the SMART verdict of a goal from column firstCol on: S, M, A, R, T as 1/0, the
/// score 0–5, the missing letters and the hint. Leaves them empty when the goal has no
/// verdict.
void writeSmartColumns(Canvas& canvas, int row, int firstCol, const report::GoalResult& goal);

/// Formats those columns over rows firstRow..lastRow: the marks as Flag, the score as Number.
void formatSmartColumns(Canvas& canvas, int firstRow, int lastRow, int firstCol);

/// The header ids of those columns, in order.
const char* const* smartColumnHeaderIds();

} // namespace concord::core::sheets
