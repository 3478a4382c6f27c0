#include "core/sheets/Smart.hpp"

#include "core/sheets/Canvas.hpp"
#include "core/sheets/Naming.hpp"
#include "core/sheets/SmartColumns.hpp"

namespace concord::core::sheets {

namespace {

enum Column { Id, LevelCol, DepartmentCol, Owner, Parent, Text, KpiCol, Deadline, Smart };

const char* const headerIds[Smart] = {"col.id",     "col.level", "col.department", "col.owner",
                                      "col.parent", "col.goal",  "col.kpi",        "col.deadline"};

constexpr int titleRow = 0;
constexpr int periodRow = 1;
constexpr int headerRow = 2;
constexpr int firstRow = 3;

} // namespace

Layout smartSheet(const Context& context) {
    Canvas canvas;
    canvas.text(titleRow, Id, context.text("title.smart"));
    canvas.format(titleRow, Id, titleRow, Id, CellFormat::Title);
    canvas.text(periodRow, Id, context.periodLine());
    for (int c = 0; c < Smart; ++c)
        canvas.text(headerRow, c, context.text(headerIds[c]));
    for (int c = 0; c < smartColumnCount; ++c)
        canvas.text(headerRow, Smart + c, context.text(smartColumnHeaderIds()[c]));
    canvas.format(headerRow, Id, headerRow, Smart + smartColumnCount - 1, CellFormat::Header);

    int row = firstRow;
    for (const report::GoalResult& goal : context.report().goals) {
        canvas.text(row, Id, goal.goal.id);
        if (goal.goal.level)
            canvas.text(row, LevelCol, context.levelWord(*goal.goal.level));
        canvas.text(row, DepartmentCol, goal.goal.department);
        canvas.text(row, Owner, goal.goal.owner);
        canvas.text(row, Parent, goal.goal.parent);
        canvas.text(row, Text, goal.goal.text);
        canvas.text(row, KpiCol, goal.kpi);
        if (goal.goal.deadline)
            canvas.set(row, Deadline, context.serial(*goal.goal.deadline));
        writeSmartColumns(canvas, row, Smart, goal);
        ++row;
    }
    canvas.format(firstRow, Deadline, row - 1, Deadline, CellFormat::Date);
    formatSmartColumns(canvas, firstRow, row - 1, Smart);
    canvas.wrap(Text, sentenceWidth);
    canvas.wrap(Smart + smartColumnCount - 1, sentenceWidth); // hints
    return canvas.finish("smart", std::string(), safeSheetName(context.text("sheet.smart")),
                         firstRow, 1);
}

} // namespace concord::core::sheets
