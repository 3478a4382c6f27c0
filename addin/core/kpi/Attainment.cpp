#include "core/kpi/Attainment.hpp"

#include "core/common/Error.hpp"
#include "core/common/Finite.hpp"

#include <Poco/NumberFormatter.h>

#include <algorithm>
#include <cmath>

namespace concord::core::kpi {

namespace {

const double defaultFloor = 0.0;
const double defaultCap = 1.2;

} // namespace

double attainment(double actual, double target, std::optional<double> baseline,
                  std::optional<Direction> direction) {
    // A range KPI has no single better side; rangeScore scores it.
    if (direction == Direction::Range)
        throw common::Error(common::Error::Category::Argument, "kpi.direction_range",
                            "range is not a direction of attainment");
    if (baseline) {
        const double b = *baseline;
        if (target == b)
            throw common::Error(common::Error::Category::Argument, "kpi.target_equals_baseline",
                                "target equals baseline", Poco::NumberFormatter::format(target));
        const Direction derived = target > b ? Direction::Up : Direction::Down;
        if (direction && *direction != derived)
            throw common::Error(common::Error::Category::Argument,
                                "kpi.direction_contradicts_baseline",
                                "direction contradicts target vs baseline");
        return common::requireFinite(actual - b, "actual - baseline") /
               common::requireFinite(target - b, "target - baseline");
    }
    if (target == 0.0)
        throw common::Error(common::Error::Category::Argument, "kpi.target_zero",
                            "target must not be 0 without a baseline", "0");
    const double relative =
        common::requireFinite(actual - target, "actual - target") / std::fabs(target);
    return direction.value_or(Direction::Up) == Direction::Up ? 1.0 + relative : 1.0 - relative;
}

double score(double actual, double target, std::optional<double> baseline,
             std::optional<Direction> direction, std::optional<double> floor,
             std::optional<double> cap) {
    const double low = floor.value_or(defaultFloor);
    const double high = cap.value_or(defaultCap);
    if (low > high)
        throw common::Error(
            common::Error::Category::Argument, "kpi.floor_above_cap", "floor is above cap",
            Poco::NumberFormatter::format(low) + " > " + Poco::NumberFormatter::format(high));
    // An infinite attainment is an error here too, not the cap (RETURN_FINITE).
    return std::clamp(
        common::requireFinite(attainment(actual, target, baseline, direction), "attainment"), low,
        high);
}

} // namespace concord::core::kpi
