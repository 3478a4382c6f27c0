#include "SmartColumns.hpp"

namespace concord::core {

namespace {

const char* const headerIds[smartColumnCount] = {
    "col.s", "col.m", "col.a", "col.r", "col.t", "col.smart_score", "col.missing", "col.hint"};

} // namespace

const char* const* smartColumnHeaderIds() {
    return headerIds;
}

void writeSmartColumns(SheetCanvas& canvas, int row, int firstCol, const GoalReport& goal) {
    if (!goal.smart)
        return;
    const SmartResult& smart = *goal.smart;
    const bool marks[] = {smart.s, smart.m, smart.a, smart.r, smart.t};
    for (int i = 0; i < 5; ++i)
        canvas.set(row, firstCol + i, marks[i] ? 1.0 : 0.0);
    canvas.set(row, firstCol + 5, static_cast<double>(smart.score()));
    canvas.text(row, firstCol + 6, smart.missing());
    canvas.text(row, firstCol + 7, smart.hint);
}

} // namespace concord::core

namespace concord::core {

void formatSmartColumns(SheetCanvas& canvas, int firstRow, int lastRow, int firstCol) {
    canvas.format(firstRow, firstCol, lastRow, firstCol + 4, CellFormat::Flag);
    canvas.format(firstRow, firstCol + 5, lastRow, firstCol + 5, CellFormat::Number);
}

} // namespace concord::core
