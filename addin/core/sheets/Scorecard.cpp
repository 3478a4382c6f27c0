#include "core/sheets/Scorecard.hpp"

#include "core/sheets/Canvas.hpp"
#include "core/sheets/HistoryBlock.hpp"
#include "core/sheets/Naming.hpp"
#include "core/sheets/SmartColumns.hpp"

#include <string>

namespace concord::core::sheets {

namespace {

enum Column {
    Id,
    Name,
    Unit,
    DirectionCol,
    Baseline,
    Target,
    TargetMax,
    ActualCol,
    AttainmentCol,
    ScoreCol,
    StatusCol,
    AmberFrom,
    GreenFrom,
    Previous,
    Change,
    PaceCol,
    Weight,
    PeriodCol,
    Stale,
    ColumnCount
};

const char* const headerIds[ColumnCount] = {
    "col.id",     "col.kpi",        "col.unit",       "col.direction",  "col.baseline",
    "col.target", "col.target_max", "col.actual",     "col.attainment", "col.score",
    "col.status", "col.amber_from", "col.green_from", "col.previous",   "col.change",
    "col.pace",   "col.weight",     "col.period",     "col.stale"};

constexpr int titleRow = 0;
constexpr int periodRow = 1;
constexpr int noteRow = 2;
constexpr int headerRow = 3;
constexpr int firstKpiRow = 4;

/// Formula kinds of a KPI row.
constexpr int scoreKind = 0;
constexpr int rangeKind = 1;

enum GoalColumn { GoalId, GoalText, GoalOwner, GoalKpi, GoalDeadline, GoalSmart };

/// The formula kind of a KPI row, empty when it gets no formula: no score (stale, or
/// numbers the KPI math rejects). A formula would show an error or a 0 where the report
/// says "cannot be computed", and KPI.WEIGHTED would stop on that error.
std::optional<int> kindOf(const report::KpiResult& kpi) {
    if (!kpi.score)
        return std::nullopt;
    return kpi.kpi.direction == kpi::Direction::Range ? rangeKind : scoreKind;
}

void writeKpi(Canvas& canvas, int row, const report::KpiResult& kpi, const Context& context) {
    canvas.text(row, Id, kpi.kpi.id);
    canvas.text(row, Name, kpi.kpi.name);
    canvas.text(row, Unit, kpi.kpi.unit);
    canvas.text(row, DirectionCol, context.directionWord(kpi.kpi.direction));
    canvas.number(row, Baseline, kpi.kpi.baseline);
    canvas.number(row, Target, kpi.target);
    canvas.number(row, TargetMax, kpi.kpi.targetMax);
    canvas.number(row, ActualCol, kpi.actual);
    canvas.number(row, AttainmentCol, kpi.attainment);
    canvas.number(row, ScoreCol, kpi.score);
    canvas.status(row, StatusCol, kpi.status);
    canvas.number(row, AmberFrom, kpi.amberFrom);
    canvas.number(row, GreenFrom, kpi.greenFrom);
    canvas.number(row, Previous, kpi.previous);
    canvas.number(row, Change, kpi.change);
    canvas.number(row, PaceCol, kpi.pace);
    canvas.number(row, Weight, kpi.kpi.weight);
    canvas.text(row, PeriodCol, kpi.period.label());
    if (kpi.stale) {
        canvas.text(row, Stale,
                    kpi.lastPeriod ? kpi.lastPeriod->label() : context.text("label.no_data"));
        canvas.format(row, Id, row, Name, CellFormat::Stale);
        canvas.format(row, Stale, row, Stale, CellFormat::Stale);
    }
}

void formatKpiColumns(Canvas& canvas, int first, int last) {
    canvas.format(first, Baseline, last, ActualCol, CellFormat::Number);
    canvas.format(first, AttainmentCol, last, ScoreCol, CellFormat::Percent);
    canvas.format(first, StatusCol, last, StatusCol, CellFormat::Status);
    canvas.format(first, AmberFrom, last, GreenFrom, CellFormat::Percent);
    canvas.format(first, Previous, last, Change, CellFormat::Number);
    canvas.format(first, PaceCol, last, PaceCol, CellFormat::Percent);
    canvas.format(first, Weight, last, Weight, CellFormat::Number);
}

void addKpiFormulas(Canvas& canvas, const report::DepartmentResult& department) {
    std::vector<std::pair<int, std::optional<int>>> kinds;
    std::vector<std::pair<int, std::optional<int>>> statusKinds;
    for (std::size_t i = 0; i < department.kpis.size(); ++i) {
        const int row = firstKpiRow + static_cast<int>(i);
        const std::optional<int> kind = kindOf(department.kpis[i]);
        kinds.emplace_back(row, kind);
        const bool status = kind && department.kpis[i].status;
        statusKinds.emplace_back(row, status ? std::optional<int>(scoreKind) : std::nullopt);
    }
    auto a = [](int row, int col) { return cellAddress(row, col); };
    auto range = [&](int row) {
        return "=KPI.RANGE(" + a(row, ActualCol) + ";" + a(row, Target) + ";" + a(row, TargetMax) +
               ")";
    };
    auto arguments = [&](int row) {
        return "(" + a(row, ActualCol) + ";" + a(row, Target) + ";" + a(row, Baseline) + ";" +
               a(row, DirectionCol) + ")";
    };
    canvas.formulaRuns(AttainmentCol, kinds, [&](int kind, int row) {
        return kind == rangeKind ? range(row) : "=KPI.ATTAINMENT" + arguments(row);
    });
    canvas.formulaRuns(ScoreCol, kinds, [&](int kind, int row) {
        return kind == rangeKind ? range(row) : "=KPI.SCORE" + arguments(row);
    });
    canvas.formulaRuns(StatusCol, statusKinds, [&](int, int row) {
        return "=KPI.STATUS(" + a(row, ScoreCol) + ";" + a(row, AmberFrom) + ";" +
               a(row, GreenFrom) + ")";
    });
}

/// The summary block from `row`; returns the row after it.
int writeSummary(Canvas& canvas, int row, const report::DepartmentResult& department,
                 const Context& context) {
    const std::string window = std::to_string(report::onTimeWindow);
    const int scoreRow = row;
    canvas.text(scoreRow, Name, context.text("label.department_score"));
    canvas.number(scoreRow, Unit, department.score);
    canvas.format(scoreRow, Unit, scoreRow, Unit, CellFormat::Percent);
    canvas.text(scoreRow + 1, Name, context.text("label.department_status"));
    canvas.status(scoreRow + 1, Unit, department.status);
    canvas.format(scoreRow + 1, Unit, scoreRow + 1, Unit, CellFormat::Status);
    if (department.score) {
        const int last = firstKpiRow + static_cast<int>(department.kpis.size()) - 1;
        canvas.formula(Unit, scoreRow, scoreRow,
                       "=KPI.WEIGHTED(" + columnRange(ScoreCol, firstKpiRow, last) + ";" +
                           columnRange(Weight, firstKpiRow, last) + ")");
        canvas.formula(Unit, scoreRow + 1, scoreRow + 1,
                       "=KPI.STATUS(" + cellAddress(scoreRow, Unit) + ")");
    }
    const std::pair<const char*, int> counts[] = {{"label.green", department.green},
                                                  {"label.amber", department.amber},
                                                  {"label.red", department.red}};
    row = scoreRow + 2;
    for (const auto& [label, count] : counts) {
        canvas.text(row, Name, context.text(label));
        canvas.set(row, Unit, static_cast<double>(count));
        canvas.format(row, Unit, row, Unit, CellFormat::Number);
        ++row;
    }
    canvas.text(row, Name, context.format("label.on_time_out", {{"window", window}}));
    canvas.number(row, Unit, department.onTimeOut);
    canvas.text(row + 1, Name, context.format("label.on_time_in", {{"window", window}}));
    canvas.number(row + 1, Unit, department.onTimeIn);
    canvas.format(row, Unit, row + 1, Unit, CellFormat::Percent);
    return row + 2;
}

/// The goals block from `row`; returns the row after it.
int writeGoals(Canvas& canvas, int row, const report::DepartmentResult& department,
               const Context& context) {
    canvas.text(row, GoalId, context.text("label.goals"));
    canvas.format(row, GoalId, row, GoalId, CellFormat::Title);
    const int header = row + 1;
    const char* const fixed[] = {"col.id", "col.goal", "col.owner", "col.kpi", "col.deadline"};
    for (int c = 0; c < GoalSmart; ++c)
        canvas.text(header, c, context.text(fixed[c]));
    for (int c = 0; c < smartColumnCount; ++c)
        canvas.text(header, GoalSmart + c, context.text(smartColumnHeaderIds()[c]));
    canvas.format(header, GoalId, header, GoalSmart + smartColumnCount - 1, CellFormat::Header);
    int at = header + 1;
    for (std::size_t index : department.goals) {
        const report::GoalResult& goal = context.report().goals[index];
        canvas.text(at, GoalId, goal.goal.id);
        canvas.text(at, GoalText, goal.goal.text);
        canvas.text(at, GoalOwner, goal.goal.owner);
        canvas.text(at, GoalKpi, goal.kpi);
        if (goal.goal.deadline)
            canvas.set(at, GoalDeadline, context.serial(*goal.goal.deadline));
        writeSmartColumns(canvas, at, GoalSmart, goal);
        ++at;
    }
    canvas.format(header + 1, GoalDeadline, at - 1, GoalDeadline, CellFormat::Date);
    formatSmartColumns(canvas, header + 1, at - 1, GoalSmart);
    return at;
}

/// The history block of the department (HistoryBlock) from `row`, when the build has one.
std::vector<Chart> writeHistory(Canvas& canvas, int row, const report::DepartmentResult& department,
                                const Context& context) {
    const report::Report& report = context.report();
    if (!report.history)
        return {};
    const report::History& history = *report.history;
    std::size_t index = 0;
    while (index < report.departments.size() &&
           report.departments[index].department.code != department.department.code)
        ++index;
    if (index >= history.departments.size())
        return {};
    const report::DepartmentHistory& line = history.departments[index];
    HistoryBars bars;
    bars.idHeader = context.text("col.id");
    bars.nameHeader = context.text("col.kpi");
    for (std::size_t k = 0; k < department.kpis.size() && k < line.kpis.size(); ++k) {
        HistoryRow kpi{department.kpis[k].kpi.id, department.kpis[k].kpi.name, {}, std::nullopt};
        for (const report::KpiPoint& point : line.kpis[k])
            kpi.values.push_back(point.attainment);
        if (!line.kpis[k].empty())
            kpi.status = line.kpis[k].back().status;
        bars.rows.push_back(std::move(kpi));
    }
    bars.chartName = "attainment";
    bars.title = context.format("chart.attainment", {{"period", report.period.label()}});
    bars.xTitle = context.text("col.kpi");
    bars.seriesName = context.text("col.attainment");
    const std::string name = department.department.name.empty() ? department.department.code
                                                                : department.department.name;
    return writeHistoryBlock(canvas, row, context, history, line.scores, name, bars).charts;
}

} // namespace

Layout scorecardSheet(const Context& context, const report::DepartmentResult& department) {
    const model::Department& info = department.department;
    Canvas canvas;
    canvas.text(titleRow, Id,
                context.format("title.scorecard", {{"name", info.name}, {"code", info.code}}));
    canvas.format(titleRow, Id, titleRow, Id, CellFormat::Title);
    canvas.text(periodRow, Id, context.periodLine());
    canvas.text(noteRow, Id, context.statusNote());
    for (int c = 0; c < ColumnCount; ++c)
        canvas.text(headerRow, c, context.text(headerIds[c]));
    canvas.format(headerRow, Id, headerRow, ColumnCount - 1, CellFormat::Header);

    int row = firstKpiRow;
    for (const report::KpiResult& kpi : department.kpis)
        writeKpi(canvas, row++, kpi, context);
    formatKpiColumns(canvas, firstKpiRow, row - 1);
    addKpiFormulas(canvas, department);

    row = writeSummary(canvas, row + 1, department, context);
    row = writeGoals(canvas, row + 1, department, context);
    canvas.wrap(Name, nameWidth); // KPI names, the summary's labels, goal texts
    canvas.wrap(GoalSmart + smartColumnCount - 1, sentenceWidth); // SMART hints
    std::vector<Chart> charts = writeHistory(canvas, row + 1, department, context);
    Layout layout = canvas.finish(
        "scorecard", info.code,
        safeSheetName(context.format("sheet.scorecard", {{"code", info.code}})), firstKpiRow, 2);
    layout.charts = std::move(charts);
    return layout;
}

} // namespace concord::core::sheets
