#include "core/sheets/People.hpp"
#include "core/common/NumberText.hpp"
#include "core/sheets/Naming.hpp"

#include "core/report/People.hpp"
#include "core/sheets/Canvas.hpp"

namespace concord::core::sheets {

namespace {

enum Column { Person, DepartmentCol, ScoreCol, StatusCol, Kpis, Goals, ColumnCount };

const char* const headerIds[ColumnCount] = {"col.person", "col.department",  "col.score",
                                            "col.status", "col.person_kpis", "col.person_goals"};

constexpr int titleRow = 0;
constexpr int periodRow = 1;
constexpr int noteRow = 2;
constexpr int headerRow = 3;
constexpr int firstRow = 4;

const char* const statusIds[] = {"status.red", "status.amber", "status.green"};

/// One line a KPI: "REV Revenue: 97.5 %, green" (at most 2 decimals).
std::string kpiLine(const Context& context, const report::KpiResult& kpi) {
    if (!kpi.score)
        return context.format("people.kpi_no_score", {{"id", kpi.kpi.id}, {"name", kpi.kpi.name}});
    const std::string status =
        kpi.status ? context.text(statusIds[static_cast<int>(*kpi.status) + 1]) : std::string();
    return context.format(
        "people.kpi",
        {{"id", kpi.kpi.id},
         {"name", kpi.kpi.name},
         {"score", common::NumberText::sentence(*kpi.score * 100, context.language())},
         {"status", status}});
}

/// One line a goal: "G1: SMART 4/5".
std::string goalLine(const Context& context, const report::GoalResult& goal) {
    if (!goal.smart)
        return context.format("people.goal_no_score", {{"id", goal.goal.id}});
    return context.format("people.goal",
                          {{"id", goal.goal.id}, {"score", std::to_string(goal.smart->score())}});
}

std::string lines(const std::vector<std::string>& each) {
    std::string text;
    for (const std::string& line : each)
        text += (text.empty() ? "" : "\n") + line;
    return text;
}

} // namespace

Layout peopleSheet(const Context& context) {
    const report::Report& report = context.report();
    Canvas canvas;
    canvas.text(titleRow, Person, context.text("title.people"));
    canvas.format(titleRow, Person, titleRow, Person, CellFormat::Title);
    canvas.text(periodRow, Person, context.periodLine());
    canvas.text(noteRow, Person, context.statusNote());
    for (int c = 0; c < ColumnCount; ++c)
        canvas.text(headerRow, c, context.text(headerIds[c]));
    canvas.format(headerRow, Person, headerRow, ColumnCount - 1, CellFormat::Header);

    int row = firstRow;
    std::vector<std::pair<int, std::optional<int>>> statusRows;
    for (const report::PersonResult& person : report::people(report)) {
        canvas.text(row, Person, person.name);
        if (!person.department.empty())
            canvas.text(row, DepartmentCol, report.departmentName(person.department));
        canvas.number(row, ScoreCol, person.score);
        canvas.status(row, StatusCol, person.status);
        std::vector<std::string> kpis;
        for (const auto& [department, position] : person.kpis)
            kpis.push_back(kpiLine(context, report.departments[department].kpis[position]));
        canvas.text(row, Kpis, lines(kpis));
        std::vector<std::string> goals;
        for (std::size_t index : person.goals)
            goals.push_back(goalLine(context, report.goals[index]));
        canvas.text(row, Goals, lines(goals));
        statusRows.emplace_back(row, person.status ? std::optional<int>(0) : std::nullopt);
        ++row;
    }
    canvas.format(firstRow, ScoreCol, row - 1, ScoreCol, CellFormat::Percent);
    canvas.format(firstRow, StatusCol, row - 1, StatusCol, CellFormat::Status);
    canvas.formulaRuns(StatusCol, statusRows, [](int, int at) {
        return "=KPI.STATUS(" + cellAddress(at, ScoreCol) + ")";
    });
    canvas.wrap(Kpis, sentenceWidth);
    canvas.wrap(Goals, sentenceWidth);
    return canvas.finish("people", std::string(), safeSheetName(context.text("sheet.people")),
                         firstRow, 1);
}

} // namespace concord::core::sheets
