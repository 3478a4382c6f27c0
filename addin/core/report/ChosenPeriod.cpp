#include "core/report/ChosenPeriod.hpp"

#include "core/common/Error.hpp"

#include <Poco/String.h>

#include <algorithm>

namespace concord::core::report {

namespace {

/// The later of two optional day numbers.
void keepLatest(std::optional<long>& latest, long day) {
    latest = latest ? std::max(*latest, day) : day;
}

} // namespace

model::Period defaultPeriod(const model::Workbook& workbook, long today) {
    std::optional<model::Period> latestMonth;
    std::optional<long> latestEnd;
    for (const model::Actual& actual : workbook.actuals) {
        if (actual.period.frequency == model::Frequency::Once)
            continue;
        if (actual.period.frequency == model::Frequency::Month &&
            (!latestMonth || *latestMonth < actual.period))
            latestMonth = actual.period;
        keepLatest(latestEnd, actual.period.lastDay());
    }
    if (latestMonth)
        return *latestMonth;
    if (latestEnd)
        return model::Period::containing(model::Frequency::Month, *latestEnd);
    std::optional<long> latestDelivery;
    for (const model::Delivery& delivery : workbook.deliveries) {
        if (delivery.deliveredOn)
            keepLatest(latestDelivery, *delivery.deliveredOn);
        else if (delivery.period.frequency != model::Frequency::Once)
            keepLatest(latestDelivery, delivery.period.lastDay());
    }
    return model::Period::containing(model::Frequency::Month, latestDelivery.value_or(today));
}

model::Period choosePeriod(const model::Workbook& workbook, const std::optional<std::string>& label,
                           long today) {
    if (!label || Poco::trim(*label).empty())
        return defaultPeriod(workbook, today);
    if (std::optional<model::Period> period = model::Period::parse(*label))
        return *period;
    throw common::Error(
        common::Error::Category::Input, "build.period_invalid",
        "the period is not a month, quarter, week or year such as 2026-09 or 2026-Q3", *label);
}

std::vector<std::string> periodLabels(const model::Workbook& workbook, long today) {
    std::vector<model::Period> periods;
    for (const model::Actual& actual : workbook.actuals)
        periods.push_back(actual.period);
    std::stable_sort(
        periods.begin(), periods.end(),
        [](const model::Period& a, const model::Period& b) { return a.lastDay() > b.lastDay(); });
    std::vector<std::string> labels;
    for (const model::Period& period : periods) {
        const std::string label = period.label();
        if (std::find(labels.begin(), labels.end(), label) == labels.end())
            labels.push_back(label);
    }
    const std::string fallback = defaultPeriod(workbook, today).label();
    if (std::find(labels.begin(), labels.end(), fallback) == labels.end())
        labels.insert(labels.begin(), fallback);
    return labels;
}

} // namespace concord::core::report
