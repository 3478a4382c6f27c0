#include "core/report/RequestResult.hpp"

#include "core/report/DueDate.hpp"

#include <algorithm>

namespace concord::core::report {

namespace {

/// At most this many periods of history per request (ten years of weeks).
constexpr std::size_t maxPeriods = 520;

std::optional<long> earliestDelivery(const std::vector<const model::Delivery*>& deliveries,
                                     const model::Period& period, long asOf) {
    std::optional<long> earliest;
    for (const model::Delivery* delivery : deliveries)
        if (delivery->period == period && delivery->deliveredOn && *delivery->deliveredOn <= asOf &&
            (!earliest || *delivery->deliveredOn < *earliest))
            earliest = delivery->deliveredOn;
    return earliest;
}

RequestState stateOf(const std::optional<long>& due, const std::optional<long>& delivered,
                     long asOf) {
    if (delivered)
        return !due || *delivered <= *due ? RequestState::OnTime : RequestState::Late;
    return due && *due <= asOf ? RequestState::Overdue : RequestState::Open;
}

int ladderStep(const RequestResult& report) {
    if (!report.request.agreed)
        return 1;
    if (report.periods.empty() || !report.periods.back().missed())
        return 0;
    if (*report.missedLast4 >= 3)
        return 3;
    return *report.missedInARow >= 2 ? 2 : 1;
}

} // namespace

std::optional<double> OnTimeCount::share() const {
    if (judged == 0)
        return std::nullopt;
    return static_cast<double>(onTime) / judged;
}

RequestResult evaluateRequest(const model::Request& request,
                              const std::vector<const model::Delivery*>& deliveries, long firstDay,
                              long asOf) {
    RequestResult report;
    report.request = request;
    if (request.agreed) {
        const model::Period last = model::Period::containing(request.frequency, asOf);
        model::Period period = last;
        std::vector<model::Period> timeline{period};
        const long start = std::min(firstDay, asOf);
        while (timeline.size() < maxPeriods && period.frequency != model::Frequency::Once &&
               period.firstDay() > start) {
            period = period.previous();
            timeline.push_back(period);
        }
        std::reverse(timeline.begin(), timeline.end());
        for (const model::Period& each : timeline) {
            RequestPeriod judged;
            judged.period = each;
            judged.due = dueDate(each, request.dueDay, request.dueDate);
            judged.delivered = earliestDelivery(deliveries, each, asOf);
            judged.state = stateOf(judged.due, judged.delivered, asOf);
            report.periods.push_back(judged);
        }
        report.status = report.periods.back().state;
        int inARow = 0;
        for (auto it = report.periods.rbegin(); it != report.periods.rend() && it->missed(); ++it)
            ++inARow;
        report.missedInARow = inARow;
        const std::size_t skip =
            report.periods.size() > ladderWindow ? report.periods.size() - ladderWindow : 0;
        report.missedLast4 = static_cast<int>(
            std::count_if(report.periods.begin() + static_cast<long>(skip), report.periods.end(),
                          [](const RequestPeriod& each) { return each.missed(); }));
        OnTimeCount count;
        countOnTime(report, onTimeWindow, count);
        report.onTime = count.share();
    }
    report.ladder = ladderStep(report);
    return report;
}

void countOnTime(const RequestResult& report, std::size_t window, OnTimeCount& count) {
    const std::size_t size = report.periods.size();
    for (std::size_t i = size > window ? size - window : 0; i < size; ++i) {
        if (!report.periods[i].judged())
            continue;
        ++count.judged;
        if (report.periods[i].state == RequestState::OnTime)
            ++count.onTime;
    }
}

} // namespace concord::core::report
