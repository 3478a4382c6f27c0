#pragma once

#include <optional>

namespace concord::core::report {

/// Where a request's delivery stands: delivered on time or late, or not delivered yet
/// while still due (Open) or past due (Overdue).
enum class RequestState { OnTime, Late, Open, Overdue };

/// State of a delivery due on day due, compared in whole days (the floor of each day
/// number, so a time of day never makes a delivery late). Delivered: OnTime when
/// delivered ≤ due, else Late. Not delivered: Open when today ≤ due, else Overdue.
RequestState requestStatus(double due, std::optional<double> delivered, double today);

/// The canonical code of a state: "on time", "late", "open", "overdue", as the JSON export
/// writes it. REQ.STATUS answers in the calling document's language instead (Words).
const char* requestStateCode(RequestState state);

} // namespace concord::core::report
