#pragma once

#include "core/kpi/Status.hpp"

#include <optional>
#include <vector>

namespace concord::core::report {

/// A weighted score and its status (DESIGN §3): of a department, a person or the company.
struct WeightedScore {
    std::optional<double> score;
    std::optional<kpi::Status> status;
};

/// The weighted mean of the scores (kpi::weighted over the positions where both are
/// numbers) and its status by the default thresholds; both empty when it cannot be
/// computed (no score, or weights summing to 0). Never throws.
WeightedScore weightedScore(const std::vector<std::optional<double>>& scores,
                            const std::vector<std::optional<double>>& weights);

} // namespace concord::core::report
