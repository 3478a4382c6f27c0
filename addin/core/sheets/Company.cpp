#include "core/sheets/Company.hpp"

#include "core/sheets/Canvas.hpp"
#include "core/sheets/HistoryBlock.hpp"

namespace concord::core::sheets {

namespace {

enum Column {
    Code,
    Name,
    ScoreCol,
    StatusCol,
    GreenCol,
    AmberCol,
    RedCol,
    OnTimeOut,
    OnTimeIn,
    Weight,
    ColumnCount
};

const char* const headerIds[ColumnCount] = {
    "col.code",  "col.department", "col.score",       "col.status",     "col.green",
    "col.amber", "col.red",        "col.on_time_out", "col.on_time_in", "col.weight"};

enum GoalColumn {
    GoalId,
    GoalText,
    KpiId,
    KpiName,
    KpiDepartment,
    KpiTarget,
    KpiActual,
    KpiScore,
    KpiStatus,
    GoalDeadline,
    GoalColumnCount
};

const char* const goalHeaderIds[GoalColumnCount] = {
    "col.id",     "col.goal",   "col.id",    "col.kpi",    "col.department",
    "col.target", "col.actual", "col.score", "col.status", "col.deadline"};

constexpr int titleRow = 0;
constexpr int periodRow = 1;
constexpr int noteRow = 2;
constexpr int headerRow = 3;
constexpr int firstRow = 4;

int writeDepartments(Canvas& canvas, const Context& context) {
    const report::Report& report = context.report();
    int row = firstRow;
    std::vector<std::pair<int, std::optional<int>>> statusRows;
    for (const report::DepartmentResult& department : report.departments) {
        canvas.text(row, Code, department.department.code);
        canvas.text(row, Name, department.department.name);
        canvas.number(row, ScoreCol, department.score);
        canvas.status(row, StatusCol, department.status);
        canvas.set(row, GreenCol, static_cast<double>(department.green));
        canvas.set(row, AmberCol, static_cast<double>(department.amber));
        canvas.set(row, RedCol, static_cast<double>(department.red));
        canvas.number(row, OnTimeOut, department.onTimeOut);
        canvas.number(row, OnTimeIn, department.onTimeIn);
        canvas.set(row, Weight, department.department.weight);
        statusRows.emplace_back(row, department.status ? std::optional<int>(0) : std::nullopt);
        ++row;
    }
    const int last = row - 1;
    canvas.format(firstRow, ScoreCol, last, ScoreCol, CellFormat::Percent);
    canvas.format(firstRow, StatusCol, last, StatusCol, CellFormat::Status);
    canvas.format(firstRow, GreenCol, last, RedCol, CellFormat::Number);
    canvas.format(firstRow, OnTimeOut, last, OnTimeIn, CellFormat::Percent);
    canvas.format(firstRow, Weight, last, Weight, CellFormat::Number);
    canvas.formulaRuns(StatusCol, statusRows, [](int, int at) {
        return "=KPI.STATUS(" + cellAddress(at, ScoreCol) + ")";
    });

    const int scoreRow = row + 1;
    canvas.text(scoreRow, Name, context.text("label.company_score"));
    canvas.number(scoreRow, ScoreCol, report.company.score);
    canvas.format(scoreRow, ScoreCol, scoreRow, ScoreCol, CellFormat::Percent);
    canvas.text(scoreRow + 1, Name, context.text("label.company_status"));
    canvas.status(scoreRow + 1, ScoreCol, report.company.status);
    canvas.format(scoreRow + 1, ScoreCol, scoreRow + 1, ScoreCol, CellFormat::Status);
    if (report.company.score) {
        canvas.formula(ScoreCol, scoreRow, scoreRow,
                       "=KPI.WEIGHTED(" + columnRange(ScoreCol, firstRow, last) + ";" +
                           columnRange(Weight, firstRow, last) + ")");
        if (report.company.status)
            canvas.formula(ScoreCol, scoreRow + 1, scoreRow + 1,
                           "=KPI.STATUS(" + cellAddress(scoreRow, ScoreCol) + ")");
    }
    return scoreRow + 2;
}

void writeGoalRow(Canvas& canvas, int row, const report::GoalResult& goal,
                  const report::KpiResult* kpi, const Context& context) {
    canvas.text(row, GoalId, goal.goal.id);
    canvas.text(row, GoalText, goal.goal.text);
    if (goal.goal.deadline)
        canvas.set(row, GoalDeadline, context.serial(*goal.goal.deadline));
    if (!kpi)
        return;
    canvas.text(row, KpiId, kpi->kpi.id);
    canvas.text(row, KpiName, kpi->kpi.name);
    canvas.text(row, KpiDepartment, context.report().departmentName(kpi->kpi.department));
    canvas.set(row, KpiTarget, kpi->target);
    canvas.number(row, KpiActual, kpi->actual);
    canvas.number(row, KpiScore, kpi->score);
    canvas.status(row, KpiStatus, kpi->status);
}

/// The company goals block from `row`; returns the row after it.
int writeGoals(Canvas& canvas, int row, const Context& context) {
    const report::Report& report = context.report();
    canvas.text(row, GoalId, context.text("label.company_goals"));
    canvas.format(row, GoalId, row, GoalId, CellFormat::Title);
    const int header = row + 1;
    for (int c = 0; c < GoalColumnCount; ++c)
        canvas.text(header, c, context.text(goalHeaderIds[c]));
    canvas.format(header, GoalId, header, GoalColumnCount - 1, CellFormat::Header);
    int at = header + 1;
    for (std::size_t index : report.company.goals) {
        const report::GoalResult& goal = report.goals[index];
        const std::vector<const report::KpiResult*> kpis = report.goalKpis(goal);
        if (kpis.empty())
            writeGoalRow(canvas, at++, goal, nullptr, context);
        for (const report::KpiResult* kpi : kpis)
            writeGoalRow(canvas, at++, goal, kpi, context);
    }
    canvas.format(header + 1, KpiTarget, at - 1, KpiActual, CellFormat::Number);
    canvas.format(header + 1, KpiScore, at - 1, KpiScore, CellFormat::Percent);
    canvas.format(header + 1, KpiStatus, at - 1, KpiStatus, CellFormat::Status);
    canvas.format(header + 1, GoalDeadline, at - 1, GoalDeadline, CellFormat::Date);
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
    for (int c = 0; c < ColumnCount; ++c)
        canvas.text(headerRow, c, context.text(headerIds[c]));
    canvas.format(headerRow, Code, headerRow, ColumnCount - 1, CellFormat::Header);
    const int next = writeDepartments(canvas, context);
    const int afterGoals = writeGoals(canvas, next + 1, context);
    std::vector<Chart> charts = writeHistory(canvas, afterGoals + 1, context);
    Layout layout = canvas.finish("company", std::string(),
                                  safeSheetName(context.text("sheet.company")), firstRow, 2);
    layout.charts = std::move(charts);
    return layout;
}

} // namespace concord::core::sheets
