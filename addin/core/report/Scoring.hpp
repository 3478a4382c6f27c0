#pragma once

#include "core/kpi/Status.hpp"
#include "core/model/Period.hpp"
#include "core/model/Workbook.hpp"
#include "core/report/DepartmentResult.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace concord::core::report {

/// The KPI and department rules of a report (DESIGN §3), with the workbook's indices (actuals
/// per KPI, KPIs per department, goal deadlines) built once, so that many periods (a history)
/// cost one pass of evaluateKpi each. computeResults uses it too: one set of rules.
class Scoring {
public:
    /// Keeps a reference to workbook: it must outlive the scoring.
    explicit Scoring(const model::Workbook& workbook);

    /// One DepartmentResult per Departments row in table order, its KPIs evaluated for
    /// `period` (evaluateKpi) and scored (scoreDepartment); goals and on-time shares unset.
    /// Never throws.
    std::vector<DepartmentResult> departments(const model::Period& period) const;

    /// KPI.WEIGHTED of the department scores that exist with the department weights, and
    /// its KPI.STATUS by the default thresholds; both empty when there is none. Never throws.
    static std::pair<std::optional<double>, std::optional<kpi::Status>>
    company(const std::vector<DepartmentResult>& departments);

private:
    std::optional<long> deadlineOf(const model::Kpi& kpi) const;

    const model::Workbook& _workbook;
    std::map<std::string, std::vector<const model::Actual*>> _actuals;
    std::map<std::string, std::vector<const model::Kpi*>> _kpis;
    std::map<std::string, long> _deadlineById;
    std::map<std::string, long> _deadlineByKpi;
};

} // namespace concord::core::report
