#pragma once

#include "core/kpi/Status.hpp"
#include "core/model/Workbook.hpp"
#include "core/report/KpiResult.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace concord::core::report {

/// One department in the chosen period.
struct DepartmentResult {
    model::Department department;
    /// Its KPIs (KPI's Department column), in table order.
    std::vector<KpiResult> kpis;
    /// KPI.WEIGHTED of the scores of its KPIs that have one, with the KPI weights; empty when
    /// no KPI has a score or their weights sum to 0.
    std::optional<double> score;
    /// KPI.STATUS(score) with the default thresholds.
    std::optional<kpi::Status> status;
    /// KPIs per status (KPIs without a status are in none).
    int green = 0;
    int amber = 0;
    int red = 0;
    /// On-time share of the last 6 periods of the agreed requests it provides (To), pooled
    /// over those requests: Σ on time / Σ judged periods; empty when none is judged.
    std::optional<double> onTimeOut;
    /// The same for the agreed requests it asked for (From).
    std::optional<double> onTimeIn;
    /// Indices into Report::goals of the goals whose Department is this one.
    std::vector<std::size_t> goals;
};

/// Fills score, status and counts of a department whose kpis are set. Never throws.
void scoreDepartment(DepartmentResult& department);

} // namespace concord::core::report
