#pragma once

#include "core/model/Period.hpp"

#include <optional>

namespace concord::core::report {

/// The due date of one period of a request (DESIGN §2), as a day number: the Due day
/// counted from the period's start.
/// - week: weekday dueDay (1 Monday … 7 Sunday) of the period's ISO week;
/// - month, quarter, year: day dueDay of the period's first month, clamped to that month's
///   last day (a quarterly request with Due day 10 is due on 10 January, 10 April…: the
///   same "day of the period" reading as for weeks and months);
/// - no Due day, or one outside 1–7 (week) / 1–31: the period's last day;
/// - frequency "once": the request's date (DESIGN §2: a once request's Due day is its due
///   date); empty without one (the reader leaves such a request out as a problem).
std::optional<long> dueDate(const model::Period& period, std::optional<int> dueDay,
                            std::optional<long> date = std::nullopt);

} // namespace concord::core::report
