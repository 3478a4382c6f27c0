#include "NextDue.hpp"

#include "CivilDate.hpp"
#include "Error.hpp"

#include <Poco/NumberFormatter.h>

namespace concord::core {

namespace {

const long daysPerWeek = 7;

/// Months between two due dates, for the frequencies that step by months.
int monthsPerPeriod(Frequency frequency) {
    switch (frequency) {
    case Frequency::Quarter:
        return 3;
    case Frequency::Year:
        return 12;
    default: // Month; Once and Week do not step by months
        return 1;
    }
}

} // namespace

long nextDue(Frequency frequency, long lastDay, std::optional<int> dueDay) {
    if (frequency == Frequency::Once)
        throw Error("req.once_has_no_next_due", "once has no next due date");
    if (dueDay && (*dueDay < 1 || *dueDay > 31))
        throw Error("req.due_day_out_of_range", "due day is not 1-31",
                    Poco::NumberFormatter::format(*dueDay));
    if (frequency == Frequency::Week)
        return lastDay + daysPerWeek;
    const CivilDate last = civilFromDays(lastDay);
    return daysFromCivil(
        addMonthsClamped(last, monthsPerPeriod(frequency), dueDay.value_or(last.day)));
}

} // namespace concord::core
