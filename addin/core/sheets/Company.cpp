#include "core/sheets/Company.hpp"

#include "core/sheets/Canvas.hpp"
#include "core/sheets/HistoryBlock.hpp"
#include "core/sheets/Naming.hpp"

namespace concord::core::sheets {

namespace {

/// The department table, left to right.
enum Column { Code, Name, Score, Status, Green, Amber, Red, OnTimeOut, OnTimeIn, Weight, Count };

const char* const headerIds[Count] = {
    "col.code",  "col.department", "col.score",       "col.status",     "col.green",
    "col.amber", "col.red",        "col.on_time_out", "col.on_time_in", "col.weight"};

/// The company goals table under it: each goal with each of its KPIs.
namespace goals {
enum Column { Id, Text, KpiId, KpiName, Dept, Target, Actual, Score, Status, Deadline, Count };

const char* const headerIds[Count] = {"col.id",         "col.goal",    "col.id",     "col.kpi",
                                      "col.department", "col.target",  "col.actual", "col.score",
                                      "col.status",     "col.deadline"};
} // namespace goals

constexpr int titleRow = 0;
constexpr int periodRow = 1;
constexpr int noteRow = 2;
constexpr int headerRow = 3;
constexpr int firstRow = 4;

/// A table's header row from column 0: the texts of the ids, in the header format.
void writeHeader(Canvas& canvas, int row, const char* const* ids, int count,
                 const Context& context) {
    for (int c = 0; c < count; ++c)
        canvas.text(row, c, context.text(ids[c]));
    canvas.format(row, 0, row, count - 1, CellFormat::Header);
}

int writeDepartments(Canvas& canvas, const Context& context) {
    const report::Report& report = context.report();
    int row = firstRow;
    std::vector<std::pair<int, std::optional<int>>> statusRows;
    for (const report::DepartmentResult& department : report.departments) {
        canvas.text(row, Code, department.department.code);
        canvas.text(row, Name, department.department.name);
        canvas.number(row, Score, department.score);
        canvas.status(row, Status, department.status);
        canvas.set(row, Green, static_cast<double>(department.green));
        canvas.set(row, Amber, static_cast<double>(department.amber));
        canvas.set(row, Red, static_cast<double>(department.red));
        canvas.number(row, OnTimeOut, department.onTimeOut);
        canvas.number(row, OnTimeIn, department.onTimeIn);
        canvas.set(row, Weight, department.department.weight);
        statusRows.emplace_back(row, department.status ? std::optional<int>(0) : std::nullopt);
        ++row;
    }
    const int last = row - 1;
    canvas.format(firstRow, Score, last, Score, CellFormat::Percent);
    canvas.format(firstRow, Status, last, Status, CellFormat::Status);
    canvas.format(firstRow, Green, last, Red, CellFormat::Number);
    canvas.format(firstRow, OnTimeOut, last, OnTimeIn, CellFormat::Percent);
    canvas.format(firstRow, Weight, last, Weight, CellFormat::Number);
    canvas.formulaRuns(Status, statusRows,
                       [](int, int at) { return "=KPI.STATUS(" + cellAddress(at, Score) + ")"; });

    const int scoreRow = row + 1;
    canvas.text(scoreRow, Name, context.text("label.company_score"));
    canvas.number(scoreRow, Score, report.company.score);
    canvas.format(scoreRow, Score, scoreRow, Score, CellFormat::Percent);
    canvas.text(scoreRow + 1, Name, context.text("label.company_status"));
    canvas.status(scoreRow + 1, Score, report.company.status);
    canvas.format(scoreRow + 1, Score, scoreRow + 1, Score, CellFormat::Status);
    if (report.company.score) {
        canvas.formula(Score, scoreRow, scoreRow,
                       "=KPI.WEIGHTED(" + columnRange(Score, firstRow, last) + ";" +
                           columnRange(Weight, firstRow, last) + ")");
        if (report.company.status)
            canvas.formula(Score, scoreRow + 1, scoreRow + 1,
                           "=KPI.STATUS(" + cellAddress(scoreRow, Score) + ")");
    }
    return scoreRow + 2;
}

void writeGoalRow(Canvas& canvas, int row, const report::GoalResult& goal,
                  const report::KpiResult* kpi, const Context& context) {
    canvas.text(row, goals::Id, goal.goal.id);
    canvas.text(row, goals::Text, goal.goal.text);
    if (goal.goal.deadline)
        canvas.set(row, goals::Deadline, context.serial(*goal.goal.deadline));
    if (!kpi)
        return;
    canvas.text(row, goals::KpiId, kpi->kpi.id);
    canvas.text(row, goals::KpiName, kpi->kpi.name);
    canvas.text(row, goals::Dept, context.report().departmentName(kpi->kpi.department));
    canvas.set(row, goals::Target, kpi->target);
    canvas.number(row, goals::Actual, kpi->actual);
    canvas.number(row, goals::Score, kpi->score);
    canvas.status(row, goals::Status, kpi->status);
}

/// The company goals block from `row`; returns the row after it.
int writeGoals(Canvas& canvas, int row, const Context& context) {
    const report::Report& report = context.report();
    canvas.text(row, goals::Id, context.text("label.company_goals"));
    canvas.format(row, goals::Id, row, goals::Id, CellFormat::Title);
    const int header = row + 1;
    writeHeader(canvas, header, goals::headerIds, goals::Count, context);
    int at = header + 1;
    for (std::size_t index : report.company.goals) {
        const report::GoalResult& goal = report.goals[index];
        const std::vector<const report::KpiResult*> kpis = report.goalKpis(goal);
        if (kpis.empty())
            writeGoalRow(canvas, at++, goal, nullptr, context);
        for (const report::KpiResult* kpi : kpis)
            writeGoalRow(canvas, at++, goal, kpi, context);
    }
    canvas.format(header + 1, goals::Target, at - 1, goals::Actual, CellFormat::Number);
    canvas.format(header + 1, goals::Score, at - 1, goals::Score, CellFormat::Percent);
    canvas.format(header + 1, goals::Status, at - 1, goals::Status, CellFormat::Status);
    canvas.format(header + 1, goals::Deadline, at - 1, goals::Deadline, CellFormat::Date);
    return at;
}

/// The company's history block (HistoryBlock) from `row`, when the build has one: the
/// company score per period, and per department its score per period and status in P.
std::vector<Chart> writeHistory(Canvas& canvas, int row, const Context& context) {
    const report::Report& report = context.report();
    if (!report.history)
        return {};
    const report::History& history = *report.history;
    HistoryBars bars;
    bars.idHeader = context.text("col.code");
    bars.nameHeader = context.text("col.department");
    for (std::size_t d = 0; d < report.departments.size() && d < history.departments.size(); ++d) {
        const model::Department& info = report.departments[d].department;
        HistoryRow department{
            info.code, info.name.empty() ? info.code : info.name, {}, std::nullopt};
        for (const report::ScorePoint& point : history.departments[d].scores)
            department.values.push_back(point.score);
        if (!history.departments[d].scores.empty())
            department.status = history.departments[d].scores.back().status;
        bars.rows.push_back(std::move(department));
    }
    bars.chartName = "departments";
    bars.title = context.format("chart.departments", {{"period", report.period.label()}});
    bars.xTitle = context.text("col.department");
    bars.seriesName = context.text("col.score");
    return writeHistoryBlock(canvas, row, context, history, history.company,
                             context.text("sheet.company"), bars)
        .charts;
}

} // namespace

Layout companySheet(const Context& context) {
    Canvas canvas;
    canvas.text(titleRow, Code, context.text("title.company"));
    canvas.format(titleRow, Code, titleRow, Code, CellFormat::Title);
    canvas.text(periodRow, Code, context.periodLine());
    canvas.text(noteRow, Code, context.statusNote());
    writeHeader(canvas, headerRow, headerIds, Count, context);
    const int next = writeDepartments(canvas, context);
    const int afterGoals = writeGoals(canvas, next + 1, context);
    canvas.wrap(Name, nameWidth); // department names, then the company goals' texts
    canvas.wrap(goals::KpiName, nameWidth);
    std::vector<Chart> charts = writeHistory(canvas, afterGoals + 1, context);
    Layout layout = canvas.finish("company", std::string(),
                                  safeSheetName(context.text("sheet.company")), firstRow, 2);
    layout.charts = std::move(charts);
    return layout;
}

} // namespace concord::core::sheets
