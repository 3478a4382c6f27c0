#include "core/kpi/Weighted.hpp"

#include "core/common/Error.hpp"

#include <Poco/NumberFormatter.h>

namespace concord::core::kpi {

double weighted(const std::vector<std::optional<double>>& scores,
                const std::vector<std::optional<double>>& weights) {
    const bool unitWeights = weights.empty();
    if (!unitWeights && weights.size() != scores.size())
        throw common::Error(common::Error::Category::Argument, "kpi.weighted_size_mismatch",
                            "scores and weights differ in size",
                            Poco::NumberFormatter::format(static_cast<int>(scores.size())) +
                                " vs " +
                                Poco::NumberFormatter::format(static_cast<int>(weights.size())));
    for (const auto& w : weights)
        if (w && *w < 0.0)
            throw common::Error(common::Error::Category::Argument, "kpi.weighted_negative_weight",
                                "weight must not be negative", Poco::NumberFormatter::format(*w));
    double sum = 0.0;
    double total = 0.0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const std::optional<double> w = unitWeights ? std::optional<double>(1.0) : weights[i];
        if (!scores[i] || !w)
            continue;
        sum += *scores[i] * *w;
        total += *w;
    }
    if (total == 0.0)
        throw common::Error(common::Error::Category::Argument, "kpi.weighted_zero_total",
                            "the weights sum to 0");
    return sum / total;
}

} // namespace concord::core::kpi
