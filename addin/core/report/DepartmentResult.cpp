#include "core/report/DepartmentResult.hpp"

#include "core/common/Error.hpp"
#include "core/kpi/Weighted.hpp"

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
    try {
        department.score = kpi::weighted(scores, weights);
        department.status = kpi::status(*department.score, std::nullopt, std::nullopt);
    } catch (const common::Error&) {
        department.score.reset();
        department.status.reset();
    }
}

} // namespace concord::core::report
