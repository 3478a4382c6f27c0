#include "core/report/RequestStatus.hpp"

#include <cmath>

namespace concord::core::report {

RequestState requestStatus(double due, std::optional<double> delivered, double today) {
    const double dueDay = std::floor(due);
    if (delivered)
        return std::floor(*delivered) <= dueDay ? RequestState::OnTime : RequestState::Late;
    return std::floor(today) <= dueDay ? RequestState::Open : RequestState::Overdue;
}

const char* requestStateCode(RequestState state) {
    // Codes of the JSON export, not user-facing words: they are not translated.
    switch (state) {
    case RequestState::OnTime:
        return "on time";
    case RequestState::Late:
        return "late";
    case RequestState::Open:
        return "open";
    case RequestState::Overdue:
        return "overdue";
    }
    return "";
}

} // namespace concord::core::report
