#include "core/report/History.hpp"

#include "core/report/Results.hpp"
#include "core/report/Scoring.hpp"

#include <algorithm>

namespace concord::core::report {

namespace {

/// Appends one period's numbers to the history.
void append(History& history, const std::vector<DepartmentResult>& departments,
            const ScorePoint& company) {
    history.company.push_back(company);
    for (std::size_t d = 0; d < departments.size() && d < history.departments.size(); ++d) {
        const DepartmentResult& department = departments[d];
        DepartmentHistory& line = history.departments[d];
        line.scores.push_back({department.score, department.status});
        for (std::size_t k = 0; k < department.kpis.size() && k < line.kpis.size(); ++k) {
            const KpiResult& kpi = department.kpis[k];
            line.kpis[k].push_back({kpi.actual, kpi.attainment, kpi.status});
        }
    }
}

} // namespace

History computeHistory(const model::Workbook& workbook, const Report& chosen, int length) {
    History history;
    model::Period period = chosen.period;
    for (int i = 0; i < std::max(length, 1); ++i) {
        history.periods.push_back(period);
        period = period.previous();
    }
    std::reverse(history.periods.begin(), history.periods.end());

    history.departments.resize(chosen.departments.size());
    for (std::size_t d = 0; d < chosen.departments.size(); ++d)
        history.departments[d].kpis.resize(chosen.departments[d].kpis.size());
    // Departments and KPIs come in table order in every period of the same workbook, so the
    // indices of `chosen` hold in each. Only the KPI, department and company rules of
    // computeResults (its Scoring) matter here, with the workbook's indices built once.
    const Scoring scoring(workbook);
    for (const model::Period& each : history.periods) {
        if (each == chosen.period) {
            append(history, chosen.departments, {chosen.company.score, chosen.company.status});
            continue;
        }
        const std::vector<DepartmentResult> departments = scoring.departments(each);
        const auto [score, status] = Scoring::company(departments);
        append(history, departments, {score, status});
    }
    return history;
}

} // namespace concord::core::report
