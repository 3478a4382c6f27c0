#pragma once

#include "core/model/Frequency.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace concord::core::model {

/// One period of a frequency: week (ISO week of an ISO year), month 1–12, quarter 1–4,
/// year (index 1), or "once" (index 1, year 0: the whole time line). Dates are day numbers
/// (core::common::daysFromCivil, days since 1970-01-01).
struct Period {
    Frequency frequency = Frequency::Month;
    int year = 0;
    int index = 1;

    bool operator==(const Period& other) const {
        return frequency == other.frequency && year == other.year && index == other.index;
    }
    bool operator!=(const Period& other) const { return !(*this == other); }
    bool operator<(const Period& other) const {
        return year != other.year ? year < other.year : index < other.index;
    }

    /// The period of `frequency` that contains day.
    static Period containing(Frequency frequency, long day);
    /// Parses "2026-09", "2026-Q3" (also "Q3 2026", "2026 Q3", "2026-К3"/"3 кв. 2026"),
    /// "2026-W07", "2026". Returns nullopt when the text is not a period.
    static std::optional<Period> parse(std::string_view text);

    long firstDay() const;
    long lastDay() const;
    Period previous() const;
    Period next() const;
    /// "2026-09", "2026-Q3", "2026-W07", "2026" (language-neutral, as in the JSON export).
    std::string label() const;
};

} // namespace concord::core::model
