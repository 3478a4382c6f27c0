#pragma once

namespace concord::core {

/// Which way a KPI improves: Up when a higher actual is better (revenue), Down when a lower
/// one is (cost, lead time). A range KPI is not a direction of attainment; see
/// Words::isRangeDirection and rangeScore.
enum class Direction { Up, Down };

} // namespace concord::core
