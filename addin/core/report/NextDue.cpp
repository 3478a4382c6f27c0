#include "core/report/NextDue.hpp"

#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"

#include <Poco/NumberFormatter.h>

namespace concord::core::report {

namespace {

const long daysPerWeek = 7;

/// Months between two due dates, for the frequencies that step by months.
int monthsPerPeriod(model::Frequency frequency) {
    switch (frequency) {
    case model::Frequency::Quarter:
        return 3;
    case model::Frequency::Year:
        return 12;
    default: // Month; Once and Week do not step by months
        return 1;
    }
}

} // namespace

long nextDue(model::Frequency frequency, long lastDay, std::optional<int> dueDay) {
    if (frequency == model::Frequency::Once)
        throw common::Error(common::Error::Category::Argument, "req.once_has_no_next_due",
                            "once has no next due date");
    if (dueDay && (*dueDay < 1 || *dueDay > 31))
        throw common::Error(common::Error::Category::Argument, "req.due_day_out_of_range",
                            "due day is not 1-31", Poco::NumberFormatter::format(*dueDay));
    if (frequency == model::Frequency::Week)
        return lastDay + daysPerWeek;
    const common::CivilDate last = common::civilFromDays(lastDay);
    return daysFromCivil(
        common::addMonthsClamped(last, monthsPerPeriod(frequency), dueDay.value_or(last.day)));
}

} // namespace concord::core::report
