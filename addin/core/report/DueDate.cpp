#include "core/report/DueDate.hpp"

#include "core/common/CivilDate.hpp"

namespace concord::core::report {

std::optional<long> dueDate(const model::Period& period, std::optional<int> dueDay,
                            std::optional<long> date) {
    switch (period.frequency) {
    case model::Frequency::Once:
        return date;
    case model::Frequency::Week:
        if (dueDay && *dueDay >= 1 && *dueDay <= 7)
            return period.firstDay() + (*dueDay - 1);
        return period.lastDay();
    case model::Frequency::Month:
    case model::Frequency::Quarter:
    case model::Frequency::Year:
        break;
    }
    if (!dueDay || *dueDay < 1 || *dueDay > 31)
        return period.lastDay();
    return common::daysFromCivil(
        common::addMonthsClamped(common::civilFromDays(period.firstDay()), 0, *dueDay));
}

} // namespace concord::core::report
