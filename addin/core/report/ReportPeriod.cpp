#include "ReportPeriod.hpp"

#include "core/Error.hpp"

#include <Poco/String.h>

#include <algorithm>

namespace concord::core {

namespace {

/// The later of two optional day numbers.
void keepLatest(std::optional<long>& latest, long day) {
    latest = latest ? std::max(*latest, day) : day;
}

} // namespace

Period defaultReportPeriod(const Workbook& workbook, long today) {
    std::optional<Period> latestMonth;
    std::optional<long> latestEnd;
    for (const Actual& actual : workbook.actuals) {
        if (actual.period.frequency == Frequency::Once)
            continue;
        if (actual.period.frequency == Frequency::Month &&
            (!latestMonth || *latestMonth < actual.period))
            latestMonth = actual.period;
        keepLatest(latestEnd, actual.period.lastDay());
    }
    if (latestMonth)
        return *latestMonth;
    if (latestEnd)
        return Period::containing(Frequency::Month, *latestEnd);
    std::optional<long> latestDelivery;
    for (const Delivery& delivery : workbook.deliveries) {
        if (delivery.deliveredOn)
            keepLatest(latestDelivery, *delivery.deliveredOn);
        else if (delivery.period.frequency != Frequency::Once)
            keepLatest(latestDelivery, delivery.period.lastDay());
    }
    return Period::containing(Frequency::Month, latestDelivery.value_or(today));
}

Period chooseReportPeriod(const Workbook& workbook, const std::optional<std::string>& label,
                          long today) {
    if (!label || Poco::trim(*label).empty())
        return defaultReportPeriod(workbook, today);
    if (std::optional<Period> period = Period::parse(*label))
        return *period;
    throw Error("build.period_invalid",
                "the period is not a month, quarter, week or year such as 2026-09 or 2026-Q3",
                *label);
}

} // namespace concord::core
