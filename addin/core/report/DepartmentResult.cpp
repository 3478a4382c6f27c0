#include "core/report/DepartmentResult.hpp"
#include "core/report/WeightedScore.hpp"

namespace concord::core::report {

void scoreDepartment(DepartmentResult& department) {
    std::vector<std::optional<double>> scores;
    std::vector<std::optional<double>> weights;
    for (const KpiResult& kpi : department.kpis) {
        scores.push_back(kpi.score);
        weights.push_back(kpi.kpi.weight);
        if (!kpi.status)
            continue;
        switch (*kpi.status) {
        case kpi::Status::Green:
            ++department.green;
            break;
        case kpi::Status::Amber:
            ++department.amber;
            break;
        case kpi::Status::Red:
            ++department.red;
            break;
        }
    }
    const WeightedScore weighted = weightedScore(scores, weights);
    department.score = weighted.score;
    department.status = weighted.status;
}

} // namespace concord::core::report
