#include "core/common/CivilDate.hpp"

#include "core/common/Error.hpp"

#include <Poco/NumberFormatter.h>

#include <algorithm>
#include <iomanip>
#include <ostream>

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms": the year is shifted to
// start on 1 March so that the leap day is the last day of it, and split into 400-year eras
// of 146097 days each.

namespace concord::core::common {

namespace {

const long daysPerEra = 146097;
const long epochShift = 719468; // days from 0000-03-01 to 1970-01-01

void checkDay(int day, int lastDay) {
    if (day < 1 || day > lastDay)
        throw Error(Error::Category::Argument, "date.day_out_of_range", "day is outside the month",
                    Poco::NumberFormatter::format(day));
}

} // namespace

std::ostream& operator<<(std::ostream& out, const CivilDate& date) {
    const char fill = out.fill('0');
    if (date.year < 0)
        out << '-';
    out << std::setw(4) << (date.year < 0 ? -date.year : date.year) << '-' << std::setw(2)
        << date.month << '-' << std::setw(2) << date.day;
    out.fill(fill);
    return out;
}

int daysInMonth(int year, int month) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        throw Error(Error::Category::Argument, "date.month_out_of_range", "month is not 1-12",
                    Poco::NumberFormatter::format(month));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : lengths[month - 1];
}

long daysFromCivil(const CivilDate& date) {
    checkDay(date.day, daysInMonth(date.year, date.month));
    const long year = date.year - (date.month <= 2 ? 1 : 0);
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long yearOfEra = year - era * 400;                                      // [0, 399]
    const long monthFromMarch = date.month > 2 ? date.month - 3 : date.month + 9; // [0, 11]
    const long dayOfYear = (153 * monthFromMarch + 2) / 5 + date.day - 1;         // [0, 365]
    const long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * daysPerEra + dayOfEra - epochShift;
}

CivilDate civilFromDays(long days) {
    const long shifted = days + epochShift;
    const long era = (shifted >= 0 ? shifted : shifted - (daysPerEra - 1)) / daysPerEra;
    const long dayOfEra = shifted - era * daysPerEra; // [0, 146096]
    const long yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365; // [0, 399]
    const long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long monthFromMarch = (5 * dayOfYear + 2) / 153; // [0, 11]
    const int day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month =
        static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const int year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

CivilDate addMonthsClamped(const CivilDate& date, int months, int day) {
    checkDay(day, 31);
    const long index = static_cast<long>(date.year) * 12 + (date.month - 1) + months;
    const long year = index >= 0 ? index / 12 : (index - 11) / 12;
    const int month = static_cast<int>(index - year * 12) + 1;
    const int yearInt = static_cast<int>(year);
    return {yearInt, month, std::min(day, daysInMonth(yearInt, month))};
}

} // namespace concord::core::common
