#pragma once

#include <iosfwd>

namespace concord::core::common {

/// A date of the proleptic Gregorian calendar: year, month 1–12, day 1–31.
struct CivilDate {
    int year;
    int month;
    int day;
};

/// True when both dates name the same day.
inline bool operator==(const CivilDate& a, const CivilDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
}

/// True when the dates differ.
inline bool operator!=(const CivilDate& a, const CivilDate& b) {
    return !(a == b);
}

/// Writes the date in ISO 8601 form, e.g. 2026-02-08 (years below 1000 are zero-padded to
/// four digits, negative years get a minus sign).
std::ostream& operator<<(std::ostream& out, const CivilDate& date);

/// Days since 1970-01-01 (negative before it), proleptic Gregorian calendar.
/// Throws Error "date.month_out_of_range" when month is not 1–12 and
/// "date.day_out_of_range" when day is not within that month.
long daysFromCivil(const CivilDate& date);

/// The date that is the given number of days since 1970-01-01; inverse of daysFromCivil.
CivilDate civilFromDays(long days);

/// Number of days (28–31) in the month; February has 29 in leap years (divisible by 4,
/// except centuries not divisible by 400). Throws Error "date.month_out_of_range" when
/// month is not 1–12.
int daysInMonth(int year, int month);

/// The date in the month that lies the given number of months (may be negative) after
/// date's month, on the given day of month, clamped to that month's last day (31 Jan + 1
/// month with day 31 → 28 or 29 Feb). date's own day is ignored.
/// Throws Error "date.day_out_of_range" when day is not 1–31.
CivilDate addMonthsClamped(const CivilDate& date, int months, int day);

} // namespace concord::core::common
