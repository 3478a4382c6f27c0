#pragma once

#include <optional>

namespace concord::core::kpi {

/// Score of a KPI whose target is a range [low; high], as a ratio in [0; 1].
///
/// 1 when low ≤ actual ≤ high; outside, max(0, 1 − distance / tolerance) where distance is
/// the distance to the nearer bound. tolerance defaults to high − low; a tolerance of 0
/// (given, or low == high without one) scores 0 anywhere outside.
/// Throws Error "kpi.range_low_above_high" when low > high and
/// "kpi.range_tolerance_negative" when tolerance < 0.
double rangeScore(double actual, double low, double high, std::optional<double> tolerance);

} // namespace concord::core::kpi
