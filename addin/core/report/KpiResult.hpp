#pragma once

#include "core/kpi/Status.hpp"
#include "core/model/Period.hpp"
#include "core/model/Workbook.hpp"

#include <optional>
#include <vector>

namespace concord::core::report {

/// The default thresholds of KPI.STATUS (DESIGN §4), as ratios.
constexpr double defaultAmberFrom = 0.7;
constexpr double defaultGreenFrom = 0.95;

/// One KPI in the chosen period (DESIGN §3 "How the numbers are made"). Every optional is
/// empty when the value cannot be computed; nothing is ever replaced by 0.
struct KpiResult {
    model::Kpi kpi;
    /// The KPI's own period (by its Frequency) that contains the chosen period's last day.
    model::Period period;
    /// The value of `period`; empty when there is none (the KPI is stale).
    std::optional<double> actual;
    /// The value of the period before `period` (none for frequency "once").
    std::optional<double> previous;
    /// The Target (plan) of the Actuals row of `period` when given, else the KPI's Target.
    double target = 0;
    /// True when `target` is the plan of the Actuals row.
    bool planTarget = false;
    /// The KPI's Baseline; empty when not given or 0, which KPI.ATTAINMENT also reads as
    /// "not given" (DESIGN §4), so the sheet's formula and this value agree.
    std::optional<double> baseline;
    /// Amber from / Green from of the KPI, or 0.7 / 0.95 when not given (or 0).
    double amberFrom = defaultAmberFrom;
    double greenFrom = defaultGreenFrom;
    /// KPI.ATTAINMENT(actual; target; baseline; direction); for a range KPI
    /// KPI.RANGE(actual; target; target max), as a ratio.
    std::optional<double> attainment;
    /// KPI.SCORE(actual; target; baseline; direction) (attainment clamped to [0; 1.2]); for a
    /// range KPI the same KPI.RANGE value.
    std::optional<double> score;
    /// KPI.STATUS(score; amberFrom; greenFrom).
    std::optional<kpi::Status> status;
    /// actual − previous, in the KPI's unit.
    std::optional<double> change;
    /// KPI.PACE against the deadline of the KPI's goal, see evaluateKpi().
    std::optional<double> pace;
    /// True when `period` has no value: the KPI is left out of the department score.
    bool stale = false;
    /// When stale: the latest period before `period` that has a value, and that value.
    std::optional<model::Period> lastPeriod;
    std::optional<double> lastValue;
};

/// Computes one KPI for the chosen period. `actuals` are the Actuals rows of this KPI in
/// table order (the first row of a period wins when a period repeats); `deadline` is the
/// deadline of the KPI's goal (see kpiGoalDeadline()), if any.
///
/// Pace: KPI.PACE(actual; the KPI's Target; start; deadline; today; baseline) where start is the
/// first day of the KPI's earliest period with a value, today the last day of `period`, baseline
/// the KPI's Baseline (0 when not given). Empty for a range KPI, a lower-is-better KPI without a
/// baseline (the straight line from 0 would read "worse" as "ahead"), frequency "once", no actual,
/// no deadline, and whenever KPI.PACE would be an error (deadline not after start, target equal to
/// baseline).
///
/// Attainment, score and status are empty when the KPI math rejects the numbers (target
/// equal to baseline, target 0 without baseline, a direction contradicting the baseline,
/// target above target max, amber above green); the sheet's live formulas then show the
/// same Calc error. Never throws.
KpiResult evaluateKpi(const model::Kpi& kpi, const std::vector<const model::Actual*>& actuals,
                      std::optional<long> deadline, const model::Period& chosen);

/// The deadline a KPI is paced against: that of the goal named in the KPI's Goal column,
/// else of the first goal (table order) whose KPI column names this KPI, considering only
/// goals with a deadline; empty when there is none.
std::optional<long> kpiGoalDeadline(const model::Kpi& kpi, const std::vector<model::Goal>& goals);

} // namespace concord::core::report
