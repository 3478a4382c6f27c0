#pragma once

namespace concord::core::kpi {

/// Progress against the straight line from baseline (at start) to target (at deadline), as
/// a ratio (1 = exactly on pace): (actual − baseline) / ((target − baseline) · e) with
/// elapsed share e = min(1, (today − start) / (deadline − start)). Dates are day numbers.
/// Throws Error "kpi.pace_deadline_not_after_start" when deadline ≤ start,
/// "kpi.pace_today_not_after_start" when today ≤ start, and
/// "kpi.pace_target_equals_baseline" when target == baseline.
double pace(double actual, double target, double start, double deadline, double today,
            double baseline);

} // namespace concord::core::kpi
