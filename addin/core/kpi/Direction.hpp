#pragma once

namespace concord::core::kpi {

/// Which way a KPI improves: Up when a higher actual is better (revenue), Down when a lower
/// one is (cost, lead time), Range when it should lie between Target and Target max. The
/// attainment math takes only Up and Down; a range KPI is scored by rangeScore.
enum class Direction { Up, Down, Range };

} // namespace concord::core::kpi
