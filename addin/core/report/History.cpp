#include "core/report/History.hpp"

#include "core/report/Results.hpp"

#include <algorithm>

namespace concord::core::report {

namespace {

/// Appends one period's numbers of `report` to the history.
void append(History& history, const Report& report) {
    history.company.push_back({report.company.score, report.company.status});
    for (std::size_t d = 0; d < report.departments.size(); ++d) {
        const DepartmentResult& department = report.departments[d];
        DepartmentHistory& line = history.departments[d];
        line.scores.push_back({department.score, department.status});
        for (std::size_t k = 0; k < department.kpis.size(); ++k) {
            const KpiResult& kpi = department.kpis[k];
            line.kpis[k].push_back({kpi.actual, kpi.attainment, kpi.status});
        }
    }
}

} // namespace

History computeHistory(const model::Workbook& workbook, const Report& chosen,
                       const smart::Analyser& analyser, const Texts& texts, int length) {
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
    // Departments and KPIs come in table order in every report of the same workbook, so the
    // indices of `chosen` hold in each.
    for (const model::Period& each : history.periods) {
        if (each == chosen.period)
            append(history, chosen);
        else
            append(history, computeResults(workbook, each, analyser, texts, chosen.language));
    }
    return history;
}

} // namespace concord::core::report
