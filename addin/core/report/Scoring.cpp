#include "core/report/Scoring.hpp"
#include "core/report/WeightedScore.hpp"

namespace concord::core::report {

Scoring::Scoring(const model::Workbook& workbook) : _workbook(workbook) {
    for (const model::Actual& actual : workbook.actuals)
        _actuals[actual.kpi].push_back(&actual);
    for (const model::Kpi& kpi : workbook.kpis)
        _kpis[kpi.department].push_back(&kpi);
    // kpiGoalDeadline() with indices: the first goal of an id or of a KPI that has a deadline.
    for (const model::Goal& goal : workbook.goals)
        if (goal.deadline) {
            _deadlineById.emplace(goal.id, *goal.deadline);
            _deadlineByKpi.emplace(goal.kpi, *goal.deadline);
        }
}

std::optional<long> Scoring::deadlineOf(const model::Kpi& kpi) const {
    if (!kpi.goal.empty())
        if (auto found = _deadlineById.find(kpi.goal); found != _deadlineById.end())
            return found->second;
    if (auto found = _deadlineByKpi.find(kpi.id); found != _deadlineByKpi.end())
        return found->second;
    return std::nullopt;
}

std::vector<DepartmentResult> Scoring::departments(const model::Period& period) const {
    static const std::vector<const model::Actual*> noActuals;
    std::vector<DepartmentResult> result;
    result.reserve(_workbook.departments.size());
    for (const model::Department& department : _workbook.departments) {
        DepartmentResult row;
        row.department = department;
        auto kpis = _kpis.find(department.code);
        if (kpis != _kpis.end())
            for (const model::Kpi* kpi : kpis->second) {
                auto actuals = _actuals.find(kpi->id);
                row.kpis.push_back(
                    evaluateKpi(*kpi, actuals == _actuals.end() ? noActuals : actuals->second,
                                deadlineOf(*kpi), period));
            }
        scoreDepartment(row);
        result.push_back(std::move(row));
    }
    return result;
}

std::pair<std::optional<double>, std::optional<kpi::Status>>
Scoring::company(const std::vector<DepartmentResult>& departments) {
    std::vector<std::optional<double>> scores;
    std::vector<std::optional<double>> weights;
    for (const DepartmentResult& department : departments) {
        scores.push_back(department.score);
        weights.push_back(department.department.weight);
    }
    const WeightedScore weighted = weightedScore(scores, weights);
    return {weighted.score, weighted.status};
}

} // namespace concord::core::report
