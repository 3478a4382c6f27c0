#pragma once

#include <optional>
#include <vector>

namespace concord::core::kpi {

/// Weighted mean Σ s·w / Σ w over the positions where both the score and the weight are
/// numbers (std::nullopt = a cell that is empty or text). An empty weights vector means
/// every weight is 1. Throws Error "kpi.weighted_size_mismatch" when weights is not empty
/// and its size differs from scores, "kpi.weighted_negative_weight" when any numeric weight
/// is negative (even where the score is missing), and "kpi.weighted_zero_total" when the
/// weights of the usable positions sum to 0 (including when there is no usable position).
double weighted(const std::vector<std::optional<double>>& scores,
                const std::vector<std::optional<double>>& weights);

} // namespace concord::core::kpi
