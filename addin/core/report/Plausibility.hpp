#pragma once

#include "core/model/Workbook.hpp"

#include <optional>
#include <vector>

namespace concord::core::report {

/// What a KPI's history says about a goal's target (the generator's extra A rule of
/// DESIGN §4: "not far beyond what the KPI's history makes plausible").
struct Plausibility {
    /// False when the target is far beyond what the history reaches.
    bool plausible = true;
    /// The best level the history reaches: the best value so far, or the straight-line
    /// trend at the deadline when that is better. In the KPI's unit.
    double reach = 0;
};

/// The rule, kept simple so that a reader can redo it by hand:
/// - needs at least 3 values in `history` (values with the last day of their period);
///   fewer, or a range KPI: empty (no verdict);
/// - reach = the best value so far (highest for "up", lowest for "down"), or the
///   least-squares line through the history evaluated at the deadline (KPI.FORECAST)
///   when a deadline is given and that is better;
/// - not plausible when reach > 0 and the target is more than 2 × reach ("up") or less
///   than reach / 2 ("down"): doubling the best the KPI has ever done or is on course to do
///   by the deadline needs a plan, not a number. reach ≤ 0: empty.
/// Never throws.
std::optional<Plausibility> judgePlausibility(kpi::Direction direction, double target,
                                              const std::vector<const model::Actual*>& history,
                                              std::optional<long> deadline);

} // namespace concord::core::report
