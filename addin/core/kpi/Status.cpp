#include "core/kpi/Status.hpp"

#include "core/common/Error.hpp"

#include <Poco/NumberFormatter.h>

namespace concord::core::kpi {

Status status(double score, std::optional<double> amberFrom, std::optional<double> greenFrom) {
    const double amber = amberFrom.value_or(defaultAmberFrom);
    const double green = greenFrom.value_or(defaultGreenFrom);
    if (amber > green)
        throw common::Error(common::Error::Category::Argument, "kpi.status_amber_above_green",
                            "amber_from is above green_from",
                            Poco::NumberFormatter::format(amber) + " > " +
                                Poco::NumberFormatter::format(green));
    if (score >= green)
        return Status::Green;
    if (score >= amber)
        return Status::Amber;
    return Status::Red;
}

} // namespace concord::core::kpi
