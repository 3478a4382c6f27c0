#pragma once

#include <optional>
#include <string>

namespace concord::core::smart {

/// Everything known about one goal: its text and the optional arguments of SMART.* (or the
/// Goals/KPIs rows in the generator). An empty optional means "not given"; the UNO layer has
/// already turned Calc's "0 means not given" convention into empty optionals (DESIGN §4).
struct Evidence {
    /// The goal as written by the user, UTF-8, English or Russian.
    std::string goal;
    /// Id or name of the KPI that measures the goal.
    std::optional<std::string> kpi = std::nullopt;
    /// Target value of that KPI, in the KPI's unit.
    std::optional<double> target = std::nullopt;
    /// Deadline as a date serial number of the calling document (any value counts as given).
    std::optional<double> deadline = std::nullopt;
    /// Who answers for the goal; blank text counts as not given.
    std::optional<std::string> owner = std::nullopt;
    /// Id of the parent goal; blank text counts as not given.
    std::optional<std::string> parent = std::nullopt;
    /// Current level of the KPI, in the KPI's unit; 0 means "no usable baseline".
    std::optional<double> baseline = std::nullopt;
    /// True for a company-level goal, which needs no parent to be relevant.
    bool companyLevel = false;
};

} // namespace concord::core::smart
