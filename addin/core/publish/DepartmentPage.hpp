#pragma once

#include "core/publish/Context.hpp"

#include <string>

namespace concord::core::publish {

/// department-<slug>.html of the department at position index of the report: its score,
/// status, counts and on-time shares, its score line over the history and the bars of its
/// KPIs' attainment in the period, its KPI table (ID, name, unit, direction, target,
/// actual, previous, attainment, score, status or stale with the period of the last value,
/// weight) and its goals with their SMART score.
std::string departmentPage(const Context& context, std::size_t index);

} // namespace concord::core::publish
