#include "core/kpi/Pace.hpp"

#include "core/common/Error.hpp"
#include "core/common/Finite.hpp"

#include <Poco/NumberFormatter.h>

#include <algorithm>

namespace concord::core::kpi {

double pace(double actual, double target, double start, double deadline, double today,
            double baseline) {
    if (deadline <= start)
        throw common::Error(common::Error::Category::Argument, "kpi.pace_deadline_not_after_start",
                            "deadline is not after start", Poco::NumberFormatter::format(deadline));
    if (today <= start)
        throw common::Error(common::Error::Category::Argument, "kpi.pace_today_not_after_start",
                            "today is not after start", Poco::NumberFormatter::format(today));
    if (target == baseline)
        throw common::Error(common::Error::Category::Argument, "kpi.pace_target_equals_baseline",
                            "target equals baseline", Poco::NumberFormatter::format(target));
    const double elapsed = std::min(1.0, (today - start) / (deadline - start));
    return common::requireFinite(actual - baseline, "actual - baseline") /
           common::requireFinite((target - baseline) * elapsed, "(target - baseline) x elapsed");
}

} // namespace concord::core::kpi
