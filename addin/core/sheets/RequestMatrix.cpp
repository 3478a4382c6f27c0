#include "core/sheets/RequestMatrix.hpp"

#include "core/report/RequestMatrix.hpp"
#include "core/sheets/Canvas.hpp"
#include "core/sheets/Naming.hpp"

#include <string>
#include <vector>

namespace concord::core::sheets {

namespace {

constexpr int titleRow = 0;
constexpr int periodRow = 1;
constexpr int noteRow = 2;
constexpr int headerRow = 3;
constexpr int firstRow = 4;

enum RegisterColumn {
    Id,
    From,
    To,
    What,
    FrequencyCol,
    DueDay,
    Agreed,
    Due,
    Delivered,
    StatusCol,
    OnTime,
    MissedInARow,
    MissedLast4,
    Step,
    RegisterColumnCount
};

const char* const registerHeaderIds[RegisterColumnCount] = {"col.id",
                                                            "col.from",
                                                            "col.to",
                                                            "col.what",
                                                            "col.frequency",
                                                            "col.due_day",
                                                            "col.agreed",
                                                            "col.due",
                                                            "col.delivered",
                                                            "col.request_status",
                                                            "col.on_time",
                                                            "col.missed_in_a_row",
                                                            "col.missed_last_4",
                                                            "col.step"};

int writeMatrix(Canvas& canvas, const Context& context) {
    const report::Report& report = context.report();
    const std::size_t count = report.departments.size();
    const std::vector<std::vector<report::MatrixCell>> pairs = report::requestMatrix(report);
    canvas.text(headerRow, 0, context.text("col.requester"));
    for (std::size_t j = 0; j < count; ++j) {
        const std::string& name = report.departmentName(report.departments[j].department.code);
        const int col = 1 + 2 * static_cast<int>(j);
        canvas.text(headerRow, col, context.format("matrix.agreed", {{"name", name}}));
        canvas.text(headerRow, col + 1, context.format("matrix.on_time", {{"name", name}}));
    }
    const int lastCol = 2 * static_cast<int>(count);
    canvas.format(headerRow, 0, headerRow, lastCol, CellFormat::Header);
    for (std::size_t i = 0; i < count; ++i) {
        const int row = firstRow + static_cast<int>(i);
        canvas.text(row, 0, report.departmentName(report.departments[i].department.code));
        for (std::size_t j = 0; j < count; ++j) {
            const report::MatrixCell& pair = pairs[i][j];
            const int col = 1 + 2 * static_cast<int>(j);
            if (i == j || pair.requests == 0)
                continue;
            canvas.set(row, col, static_cast<double>(pair.agreed));
            canvas.number(row, col + 1, pair.onTime.share());
        }
    }
    const int lastRow = firstRow + static_cast<int>(count) - 1;
    for (std::size_t j = 0; j < count; ++j) {
        const int col = 1 + 2 * static_cast<int>(j);
        canvas.format(firstRow, col, lastRow, col, CellFormat::Number);
        canvas.format(firstRow, col + 1, lastRow, col + 1, CellFormat::Percent);
    }
    return lastRow + 1;
}

void writeRegister(Canvas& canvas, int row, const Context& context) {
    const report::Report& report = context.report();
    const std::string window = std::to_string(report::onTimeWindow);
    canvas.text(row, Id, context.text("label.register"));
    canvas.format(row, Id, row, Id, CellFormat::Title);
    const int header = row + 1;
    for (int c = 0; c < RegisterColumnCount; ++c)
        canvas.text(header, c, context.format(registerHeaderIds[c], {{"window", window}}));
    canvas.format(header, Id, header, RegisterColumnCount - 1, CellFormat::Header);
    int at = header + 1;
    std::vector<int> dueDates;
    for (const report::RequestResult& request : report.requests) {
        const model::Request& info = request.request;
        canvas.text(at, Id, info.id);
        canvas.text(at, From, report.departmentName(info.from));
        canvas.text(at, To, report.departmentName(info.to));
        canvas.text(at, What, info.what);
        canvas.text(at, FrequencyCol, context.frequencyWord(info.frequency));
        // A Due day given as a date shows that date (a date cell), a day number the number.
        if (info.dueDate) {
            canvas.set(at, DueDay, context.serial(*info.dueDate));
            dueDates.push_back(at);
        } else if (info.dueDay) {
            canvas.set(at, DueDay, static_cast<double>(*info.dueDay));
        }
        canvas.text(at, Agreed, context.text(info.agreed ? "agreed.yes" : "agreed.no"));
        if (!request.periods.empty()) {
            const report::RequestPeriod& last = request.periods.back();
            if (last.due)
                canvas.set(at, Due, context.serial(*last.due));
            if (last.delivered)
                canvas.set(at, Delivered, context.serial(*last.delivered));
        }
        canvas.text(at, StatusCol,
                    request.status ? context.stateWord(*request.status)
                                   : context.text("request.not_agreed"));
        canvas.number(at, OnTime, request.onTime);
        if (request.missedInARow)
            canvas.set(at, MissedInARow, static_cast<double>(*request.missedInARow));
        if (request.missedLast4)
            canvas.set(at, MissedLast4, static_cast<double>(*request.missedLast4));
        canvas.set(at, Step, static_cast<double>(request.ladder));
        ++at;
    }
    const int first = header + 1;
    canvas.format(first, DueDay, at - 1, DueDay, CellFormat::Number);
    for (const int dated : dueDates)
        canvas.format(dated, DueDay, dated, DueDay, CellFormat::Date);
    canvas.format(first, Due, at - 1, Delivered, CellFormat::Date);
    canvas.format(first, OnTime, at - 1, OnTime, CellFormat::Percent);
    canvas.format(first, MissedInARow, at - 1, Step, CellFormat::Number);
}

} // namespace

Layout requestsSheet(const Context& context) {
    Canvas canvas;
    canvas.text(titleRow, 0, context.text("title.requests"));
    canvas.format(titleRow, 0, titleRow, 0, CellFormat::Title);
    canvas.text(periodRow, 0, context.periodLine());
    canvas.text(
        noteRow, 0,
        context.format("note.requests", {{"window", std::to_string(report::onTimeWindow)}}));
    const int next = writeMatrix(canvas, context);
    writeRegister(canvas, next + 1, context);
    canvas.wrap(What, nameWidth);
    return canvas.finish("requests", std::string(), safeSheetName(context.text("sheet.requests")),
                         firstRow, 1);
}

} // namespace concord::core::sheets
