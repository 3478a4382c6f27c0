#include "DepartmentReport.hpp"

#include "core/Error.hpp"
#include "core/Weighted.hpp"

namespace concord::core {

void scoreDepartment(DepartmentReport& department) {
    std::vector<std::optional<double>> scores;
    std::vector<std::optional<double>> weights;
    for (const KpiReport& kpi : department.kpis) {
        scores.push_back(kpi.score);
        weights.push_back(kpi.kpi.weight);
        if (!kpi.status)
            continue;
        switch (*kpi.status) {
        case Status::Green:
            ++department.green;
            break;
        case Status::Amber:
            ++department.amber;
            break;
        case Status::Red:
            ++department.red;
            break;
        }
    }
    try {
        department.score = weighted(scores, weights);
        department.status = status(*department.score, std::nullopt, std::nullopt);
    } catch (const Error&) {
        department.score.reset();
        department.status.reset();
    }
}

} // namespace concord::core
