#include "core/sheets/SmartColumns.hpp"

namespace concord::core::sheets {

namespace {

const char* const headerIds[smartColumnCount] = {
    "col.s", "col.m", "col.a", "col.r", "col.t", "col.smart_score", "col.missing", "col.hint"};

} // namespace

const char* const* smartColumnHeaderIds() {
    return headerIds;
}

void writeSmartColumns(Canvas& canvas, int row, int firstCol, const report::GoalResult& goal) {
    if (!goal.smart)
        return;
    const smart::Result& smart = *goal.smart;
    const bool marks[] = {smart.s, smart.m, smart.a, smart.r, smart.t};
    for (int i = 0; i < 5; ++i)
        canvas.set(row, firstCol + i, marks[i] ? 1.0 : 0.0);
    canvas.set(row, firstCol + 5, static_cast<double>(smart.score()));
    canvas.text(row, firstCol + 6, smart.missing());
    canvas.text(row, firstCol + 7, smart.hint);
}

} // namespace concord::core::sheets

namespace concord::core::sheets {

void formatSmartColumns(Canvas& canvas, int firstRow, int lastRow, int firstCol) {
    canvas.format(firstRow, firstCol, lastRow, firstCol + 4, CellFormat::Flag);
    canvas.format(firstRow, firstCol + 5, lastRow, firstCol + 5, CellFormat::Number);
}

} // namespace concord::core::sheets
