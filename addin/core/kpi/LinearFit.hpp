#pragma once

#include <optional>
#include <vector>

namespace concord::core::kpi {

/// Value at deadline of the least-squares line through the (date, value) pairs of the same
/// position where both are numbers (std::nullopt = empty or text cell). Dates are day
/// numbers. Throws Error "kpi.fit_size_mismatch" when values and dates differ in size,
/// "kpi.fit_too_few_points" with fewer than 2 pairs, and "kpi.fit_one_distinct_date" when
/// all pairs share one date.
double forecast(const std::vector<std::optional<double>>& values,
                const std::vector<std::optional<double>>& dates, double deadline);

/// Slope of that least-squares line, in value units per day. With dates == nullptr, x is the
/// 1-based position in values (every element counts, numeric or not); a position whose value
/// is not a number is skipped. Throws what forecast() throws.
double trend(const std::vector<std::optional<double>>& values,
             const std::vector<std::optional<double>>* dates);

} // namespace concord::core::kpi
