#pragma once

#include "core/kpi/Direction.hpp"

#include <optional>

namespace concord::core::kpi {

/// Attainment of a KPI as a ratio (1 = target met exactly; 1.1 = 10 % better than target).
///
/// With a baseline b: (actual − b) / (target − b). The direction follows from target vs
/// baseline (target above baseline = Up). Throws Error "kpi.target_equals_baseline" when
/// target == baseline, and "kpi.direction_contradicts_baseline" when a given direction is
/// not the one that follows from target vs baseline.
///
/// Without a baseline: Up (the default) 1 + (actual − target) / |target|, Down
/// 1 − (actual − target) / |target|. Throws Error "kpi.target_zero" when target == 0.
/// All these are argument errors, as is "kpi.direction_range" for Direction::Range (a range
/// KPI is scored by rangeScore).
double attainment(double actual, double target, std::optional<double> baseline,
                  std::optional<Direction> direction);

/// attainment() clamped to [floor; cap], as a ratio. floor defaults to 0, cap to 1.2.
/// Throws Error "kpi.floor_above_cap" when floor > cap, "kpi.overflow" when the
/// attainment is not finite (never clamped to the cap), and whatever attainment() throws.
double score(double actual, double target, std::optional<double> baseline,
             std::optional<Direction> direction, std::optional<double> floor,
             std::optional<double> cap);

} // namespace concord::core::kpi
