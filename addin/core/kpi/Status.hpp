#pragma once

#include <optional>

namespace concord::core::kpi {

/// Traffic-light status of a score; the numeric values are the KPI.STATUS results (the
/// Power Pivot / SSAS KPI convention: −1 red, 0 amber, 1 green).
enum class Status { Red = -1, Amber = 0, Green = 1 };

/// The default thresholds of status(): amber from 0.7, green from 0.95 (DESIGN §3), also
/// those of every department, person and company score.
inline constexpr double defaultAmberFrom = 0.7;
inline constexpr double defaultGreenFrom = 0.95;

/// Green when score ≥ greenFrom (default 0.95), Amber when score ≥ amberFrom (default 0.7),
/// else Red. Throws Error "kpi.status_amber_above_green" when amberFrom > greenFrom.
Status status(double score, std::optional<double> amberFrom, std::optional<double> greenFrom);

} // namespace concord::core::kpi
