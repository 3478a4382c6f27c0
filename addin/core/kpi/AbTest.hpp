#pragma once

namespace concord::core::kpi {

/// Two-sided p-value (in [0; 1]) of the pooled two-proportion z-test comparing conversion
/// rates conversionsA / trialsA and conversionsB / trialsB: pooled p = (ca + cb) / (ta + tb),
/// z = (ca/ta − cb/tb) / sqrt(p (1 − p) (1/ta + 1/tb)), p-value = erfc(|z| / √2).
/// Returns 1 when the pooled rate is 0 or 1 (no variance, no evidence of a difference).
/// Throws Error "kpi.abtest_trials_not_positive" when a trials count is ≤ 0 and
/// "kpi.abtest_conversions_out_of_range" when conversions are outside [0; trials].
double abTestPValue(double conversionsA, double trialsA, double conversionsB, double trialsB);

} // namespace concord::core::kpi
