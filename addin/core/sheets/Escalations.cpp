#include "core/sheets/Escalations.hpp"

#include "core/sheets/Canvas.hpp"
#include "core/sheets/Naming.hpp"

#include <algorithm>

namespace concord::core::sheets {

namespace {

enum Column {
    Step,
    Action,
    Id,
    From,
    To,
    What,
    Why,
    StatusCol,
    MissedInARow,
    MissedLast4,
    Sentence,
    ColumnCount
};

const char* const headerIds[ColumnCount] = {"col.step",
                                            "col.action",
                                            "col.id",
                                            "col.from",
                                            "col.to",
                                            "col.what",
                                            "col.why",
                                            "col.request_status",
                                            "col.missed_in_a_row",
                                            "col.missed_last_4",
                                            "col.escalation"};

const char* const ladderIds[] = {"", "ladder.1", "ladder.2", "ladder.3"};

constexpr int titleRow = 0;
constexpr int periodRow = 1;
constexpr int noteRow = 2;
constexpr int headerRow = 3;
constexpr int firstRow = 4;

} // namespace

Layout escalationsSheet(const Context& context) {
    const report::Report& report = context.report();
    Canvas canvas;
    canvas.text(titleRow, Step, context.text("title.escalations"));
    canvas.format(titleRow, Step, titleRow, Step, CellFormat::Title);
    canvas.text(periodRow, Step, context.periodLine());
    canvas.text(noteRow, Step, context.text("note.escalations"));
    for (int c = 0; c < ColumnCount; ++c)
        canvas.text(headerRow, c, context.text(headerIds[c]));
    canvas.format(headerRow, Step, headerRow, ColumnCount - 1, CellFormat::Header);

    std::vector<const report::RequestResult*> listed;
    for (const report::RequestResult& request : report.requests)
        if (request.ladder > 0)
            listed.push_back(&request);
    std::stable_sort(listed.begin(), listed.end(),
                     [](const report::RequestResult* a, const report::RequestResult* b) {
                         return a->ladder > b->ladder;
                     });
    int row = firstRow;
    for (const report::RequestResult* request : listed) {
        const model::Request& info = request->request;
        const std::string& to = report.departmentName(info.to);
        canvas.set(row, Step, static_cast<double>(request->ladder));
        canvas.text(row, Action, context.format(ladderIds[request->ladder], {{"to", to}}));
        canvas.text(row, Id, info.id);
        canvas.text(row, From, report.departmentName(info.from));
        canvas.text(row, To, to);
        canvas.text(row, What, info.what);
        canvas.text(row, Why, info.why);
        canvas.text(row, StatusCol,
                    request->status ? context.stateWord(*request->status)
                                    : context.text("request.not_agreed"));
        if (request->missedInARow)
            canvas.set(row, MissedInARow, static_cast<double>(*request->missedInARow));
        if (request->missedLast4)
            canvas.set(row, MissedLast4, static_cast<double>(*request->missedLast4));
        canvas.text(row, Sentence, request->escalation);
        ++row;
    }
    canvas.format(firstRow, Step, row - 1, Step, CellFormat::Number);
    canvas.format(firstRow, MissedInARow, row - 1, MissedLast4, CellFormat::Number);
    for (const Column column : {Action, What, Why})
        canvas.wrap(column, nameWidth);
    canvas.wrap(Sentence, sentenceWidth);
    return canvas.finish("escalations", std::string(),
                         safeSheetName(context.text("sheet.escalations")), firstRow, 0);
}

} // namespace concord::core::sheets
