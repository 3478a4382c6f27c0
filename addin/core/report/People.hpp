#pragma once

#include "core/kpi/Status.hpp"
#include "core/report/Results.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace concord::core::report {

/// One owner named in the KPIs' or the Goals' Owner column (DESIGN §3 People): the employee
/// level of the method, scored by the same rules as a department.
struct PersonResult {
    /// The Owner text, trimmed; two owners are one person when their trimmed texts are equal.
    std::string name;
    /// Code of their department: of the departments of their KPIs and goals, the first in
    /// the Departments table's order; empty when none of them names a known department.
    std::string department;
    /// Positions of their KPIs (as Report::kpiIndex: department index, index in its kpis),
    /// in the order of Report::departments, then of the KPIs table.
    std::vector<std::pair<std::size_t, std::size_t>> kpis;
    /// Indices into Report::goals of the goals they own, in table order.
    std::vector<std::size_t> goals;
    /// KPI.WEIGHTED of the scores of their KPIs that have one, with the KPI weights; empty
    /// when none has a score (a goal owner without KPI) or the weights sum to 0.
    std::optional<double> score;
    /// KPI.STATUS(score) with the default thresholds.
    std::optional<kpi::Status> status;
};

/// The people of a report, in the order they are first named: the KPI owners (departments
/// in table order, their KPIs in table order), then the owners of goals only (Goals order).
/// An empty or blank Owner names nobody. Never throws.
std::vector<PersonResult> people(const Report& report);

} // namespace concord::core::report
