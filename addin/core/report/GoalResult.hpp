#pragma once

#include "core/model/Workbook.hpp"
#include "core/report/Plausibility.hpp"
#include "core/report/Texts.hpp"
#include "core/smart/Analyser.hpp"

#include <optional>
#include <string>
#include <vector>

namespace concord::core::report {

/// The SMART verdict on one goal from its Goals row and the KPI that measures it.
struct GoalResult {
    model::Goal goal;
    /// Id of the KPI that measures the goal (its KPI column, else the first KPI whose Goal
    /// column names it), or empty.
    std::string kpi;
    /// Marks, score, missing letters and hint; empty when the analyser rejects the text.
    std::optional<smart::Result> smart;
    /// What the KPI's history says about the target; empty without a verdict.
    std::optional<Plausibility> plausibility;
};

/// Checks one goal. Evidence (Evidence): the goal's text; the KPI (when `kpi` is not
/// null) with its Target and Baseline; the goal's Deadline; its Owner; its Parent only when
/// parentExists (the parent is a goal of the Goals table); company level from Level.
/// `history` are the KPI's values up to the chosen period; when judgePlausibility() finds
/// the target implausible, A is not met and — when A is the first missing letter — the hint
/// says why (ids smart.implausible_up / smart.implausible_down of `texts`, in the goal's
/// language). Never throws.
GoalResult evaluateGoal(const model::Goal& goal, const model::Kpi* kpi, bool parentExists,
                        const std::vector<const model::Actual*>& history,
                        const smart::Analyser& analyser, const Texts& texts);

} // namespace concord::core::report
