#include "DueDate.hpp"

#include "core/CivilDate.hpp"

namespace concord::core {

std::optional<long> dueDate(const Period& period, std::optional<int> dueDay,
                            std::optional<long> date) {
    switch (period.frequency) {
    case Frequency::Once:
        return date;
    case Frequency::Week:
        if (dueDay && *dueDay >= 1 && *dueDay <= 7)
            return period.firstDay() + (*dueDay - 1);
        return period.lastDay();
    case Frequency::Month:
    case Frequency::Quarter:
    case Frequency::Year:
        break;
    }
    if (!dueDay || *dueDay < 1 || *dueDay > 31)
        return period.lastDay();
    return daysFromCivil(addMonthsClamped(civilFromDays(period.firstDay()), 0, *dueDay));
}

} // namespace concord::core
