#include "core/kpi/RangeScore.hpp"

#include "core/common/Error.hpp"
#include "core/common/Finite.hpp"

#include <Poco/NumberFormatter.h>

#include <algorithm>

namespace concord::core::kpi {

double rangeScore(double actual, double low, double high, std::optional<double> tolerance) {
    if (low > high)
        throw common::Error(
            common::Error::Category::Argument, "kpi.range_low_above_high", "low is above high",
            Poco::NumberFormatter::format(low) + " > " + Poco::NumberFormatter::format(high));
    const double width = common::requireFinite(tolerance.value_or(high - low), "tolerance");
    if (width < 0.0)
        throw common::Error(common::Error::Category::Argument, "kpi.range_tolerance_negative",
                            "tolerance must not be negative", Poco::NumberFormatter::format(width));
    if (actual >= low && actual <= high)
        return 1.0;
    if (width == 0.0)
        return 0.0;
    const double distance =
        common::requireFinite(actual < low ? low - actual : actual - high, "distance to the range");
    return std::max(0.0, 1.0 - distance / width);
}

} // namespace concord::core::kpi
