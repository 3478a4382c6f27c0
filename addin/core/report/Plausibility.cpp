#include "core/report/Plausibility.hpp"

#include "core/common/Error.hpp"
#include "core/kpi/LinearFit.hpp"

#include <algorithm>

namespace concord::core::report {

namespace {

/// At least this many values before the history says anything.
constexpr std::size_t minimumHistory = 3;
/// A target more than this factor beyond the reach is not plausible.
constexpr double plausibleFactor = 2.0;

} // namespace

std::optional<Plausibility> judgePlausibility(kpi::Direction direction, double target,
                                              const std::vector<const model::Actual*>& history,
                                              std::optional<long> deadline) {
    if (direction == kpi::Direction::Range || history.size() < minimumHistory)
        return std::nullopt;
    const bool up = direction == kpi::Direction::Up;
    std::vector<std::optional<double>> values;
    std::vector<std::optional<double>> days;
    double reach = history.front()->value;
    for (const model::Actual* actual : history) {
        values.push_back(actual->value);
        days.push_back(static_cast<double>(actual->period.lastDay()));
        reach = up ? std::max(reach, actual->value) : std::min(reach, actual->value);
    }
    if (deadline) {
        try {
            const double trend = kpi::forecast(values, days, static_cast<double>(*deadline));
            reach = up ? std::max(reach, trend) : std::min(reach, trend);
        } catch (const common::Error&) {
            // one distinct date: the best value alone is the reach
        }
    }
    if (reach <= 0)
        return std::nullopt;
    Plausibility verdict;
    verdict.reach = reach;
    verdict.plausible = up ? target <= plausibleFactor * reach : target >= reach / plausibleFactor;
    return verdict;
}

} // namespace concord::core::report
