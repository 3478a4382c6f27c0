#pragma once

#include "core/model/Frequency.hpp"

#include <optional>

namespace concord::core::report {

/// The next due date after lastDay, as a day number of daysFromCivil (days since
/// 1970-01-01). Week: lastDay + 7 (dueDay is checked but not used). Month, Quarter, Year:
/// the month 1, 3 or 12 months after lastDay's month, on dueDay (default: lastDay's day of
/// month), clamped to that month's last day.
/// Throws Error "req.once_has_no_next_due" for Frequency::Once and
/// "req.due_day_out_of_range" when dueDay is not 1–31.
long nextDue(model::Frequency frequency, long lastDay, std::optional<int> dueDay);

} // namespace concord::core::report
