#include "core/kpi/AbTest.hpp"

#include "core/common/Error.hpp"

#include <Poco/NumberFormatter.h>

#include <cmath>

namespace concord::core::kpi {

namespace {

void checkGroup(double conversions, double trials) {
    if (trials <= 0.0)
        throw common::Error(common::Error::Category::Argument, "kpi.abtest_trials_not_positive",
                            "trials must be above 0", Poco::NumberFormatter::format(trials));
    if (conversions < 0.0 || conversions > trials)
        throw common::Error(
            common::Error::Category::Argument, "kpi.abtest_conversions_out_of_range",
            "conversions outside [0; trials]", Poco::NumberFormatter::format(conversions));
}

} // namespace

double abTestPValue(double conversionsA, double trialsA, double conversionsB, double trialsB) {
    checkGroup(conversionsA, trialsA);
    checkGroup(conversionsB, trialsB);
    const double pooled = (conversionsA + conversionsB) / (trialsA + trialsB);
    if (pooled <= 0.0 || pooled >= 1.0)
        return 1.0;
    const double standardError =
        std::sqrt(pooled * (1.0 - pooled) * (1.0 / trialsA + 1.0 / trialsB));
    const double z = (conversionsA / trialsA - conversionsB / trialsB) / standardError;
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

} // namespace concord::core::kpi
