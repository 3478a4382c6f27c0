#pragma once

#include "core/model/Period.hpp"
#include "core/model/Workbook.hpp"
#include "core/report/RequestStatus.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace concord::core::report {

/// How many of a request's latest periods the on-time shares look at (DESIGN §3).
constexpr std::size_t onTimeWindow = 6;
/// How many of the latest periods missed_last_4 counts.
constexpr std::size_t ladderWindow = 4;

/// One period of an agreed request, judged at the end of the chosen period's last day (the
/// "as-of" day) with the codes of REQ.STATUS: OnTime (a delivery dated on or before the due
/// date), Late (delivered after it, by the as-of day), Overdue (nothing delivered and the
/// due date is on or before the as-of day), Open (nothing delivered yet and the due date
/// lies after the as-of day: not judged yet, e.g. the week that runs into the next month).
/// Late and Overdue are the missed periods of DESIGN §3. Equal to
/// REQ.STATUS(due; delivered; as-of + 1).
struct RequestPeriod {
    model::Period period;
    std::optional<long> due;       ///< day number (see dueDate)
    std::optional<long> delivered; ///< earliest delivery date of the period up to the as-of day
    RequestState state = RequestState::Open;

    /// Late or Overdue.
    bool missed() const { return state == RequestState::Late || state == RequestState::Overdue; }
    /// Anything but Open.
    bool judged() const { return state != RequestState::Open; }
};

/// One request as of the chosen period. For a request that is not agreed nothing is owed:
/// periods is empty, status and the counts are empty, and the ladder step is 1.
struct RequestResult {
    model::Request request;
    /// Oldest first, from the period that contains the workbook's first day up to the
    /// period that contains the as-of day ("the request's period in P").
    std::vector<RequestPeriod> periods;
    /// The state of the last period.
    std::optional<RequestState> status;
    /// Missed periods counted back from the last one until the first that is not missed.
    std::optional<int> missedInARow;
    /// Missed periods among the last 4.
    std::optional<int> missedLast4;
    /// On-time share of the judged periods among the last 6 (ratio); empty when none is
    /// judged.
    std::optional<double> onTime;
    /// 0 nothing to do; 1 agree directly (not agreed, or the last period missed once);
    /// 2 escalate to management (missed 2 in a row); 3 consider taking the function over
    /// (missed 3 of the last 4).
    int ladder = 0;
    /// The fact-based sentence for ladder steps 2 and 3 in the build language (filled in by
    /// computeResults), else empty.
    std::string escalation;
};

/// Judges one request. `deliveries` are its Deliveries rows (a row without a date is not a
/// delivery; a date after asOf is not known yet). The periods run from the one containing
/// firstDay (the workbook's first day, see computeResults) to the one containing asOf, at most
/// 520 of them. Never throws.
RequestResult evaluateRequest(const model::Request& request,
                              const std::vector<const model::Delivery*>& deliveries, long firstDay,
                              long asOf);

/// On-time and judged periods among the last `window` periods of one request.
struct OnTimeCount {
    int onTime = 0;
    int judged = 0;

    /// onTime / judged, empty when judged is 0.
    std::optional<double> share() const;
};

/// Counts the last `window` periods of the report into `count` (pooled shares of several
/// requests add up their counts).
void countOnTime(const RequestResult& report, std::size_t window, OnTimeCount& count);

} // namespace concord::core::report
