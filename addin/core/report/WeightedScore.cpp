#include "core/report/WeightedScore.hpp"

#include "core/common/Error.hpp"
#include "core/kpi/Weighted.hpp"

namespace concord::core::report {

WeightedScore weightedScore(const std::vector<std::optional<double>>& scores,
                            const std::vector<std::optional<double>>& weights) {
    try {
        const double score = kpi::weighted(scores, weights);
        return {score, kpi::status(score, std::nullopt, std::nullopt)};
    } catch (const common::Error&) {
        return {};
    }
}

} // namespace concord::core::report
