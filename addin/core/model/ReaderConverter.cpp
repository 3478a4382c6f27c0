#include "core/model/ReaderConverter.hpp"

#include "core/common/NumberText.hpp"
#include "core/common/Trim.hpp"
#include "core/model/ReaderText.hpp"

#include <charconv>
#include <cmath>
#include <optional>
#include <utility>

namespace concord::core::model {

namespace {

/// Calc serials beyond this lie outside the years 1–9999 from any null date.
const double maxSerial = 4.0e6;
/// A whole number in a Period cell in this range is a year, not a date serial.
const double minYearNumber = 1000;
const double maxYearNumber = 9999;
/// A Due day up to this is a day of the month; above it, a date serial.
const double maxDayNumber = 31;

ReaderConversion ok(ReaderValue value) {
    ReaderConversion conversion;
    conversion.value = std::move(value);
    return conversion;
}

ReaderConversion fail(const char* problem, const std::string& text) {
    return {std::monostate(), problem, {text}};
}

/// A plain number written as text: "12.5", "12,5", "-3", "+3", "95%" (→ 0.95).
std::optional<double> parseNumber(std::string text) {
    double scale = 1;
    if (!text.empty() && text.back() == '%') {
        text.pop_back();
        text = common::Trim::cell(text);
        scale = 0.01;
    }
    if (text.find('.') == std::string::npos) {
        const std::size_t comma = text.find(',');
        if (comma != std::string::npos)
            text[comma] = '.';
    }
    if (!text.empty() && text.front() == '+')
        text.erase(0, 1);
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value * scale;
}

/// Digit groups split by one kind of separator: "2026-09-15" → {2026, 9, 15} with the
/// digit counts, or nothing when another character appears.
struct DateParts {
    int values[3] = {0, 0, 0};
    std::size_t digits[3] = {0, 0, 0};
};

std::optional<DateParts> splitDate(const std::string& text, char separator) {
    DateParts parts;
    std::size_t part = 0;
    for (const char c : text) {
        if (c == separator) {
            if (++part == 3 || parts.digits[part - 1] == 0)
                return std::nullopt;
        } else if (c >= '0' && c <= '9' && parts.digits[part] < 4) {
            parts.values[part] = parts.values[part] * 10 + (c - '0');
            ++parts.digits[part];
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || parts.digits[2] == 0)
        return std::nullopt;
    return parts;
}

std::optional<long> dayOf(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > common::daysInMonth(year, month))
        return std::nullopt;
    return common::daysFromCivil({year, month, day});
}

/// A date written as text: ISO 2026-09-15 or 15.09.2026.
std::optional<long> parseDateText(const std::string& text) {
    if (const auto iso = splitDate(text, '-'))
        if (iso->digits[0] == 4 && iso->digits[1] <= 2 && iso->digits[2] <= 2)
            return dayOf(iso->values[0], iso->values[1], iso->values[2]);
    if (const auto dotted = splitDate(text, '.'))
        if (dotted->digits[0] <= 2 && dotted->digits[1] <= 2 && dotted->digits[2] == 4)
            return dayOf(dotted->values[2], dotted->values[1], dotted->values[0]);
    return std::nullopt;
}

bool isWhole(double value) {
    return std::isfinite(value) && value == std::floor(value);
}

} // namespace

ReaderConverter::ReaderConverter(const common::Words& words, const common::CivilDate& nullDate)
    : _words(words), _nullDay(common::daysFromCivil(nullDate)) {}

ReaderConversion ReaderConverter::convert(const common::Cell& cell, ColumnType type) const {
    if (const auto* error = std::get_if<common::CellError>(&cell))
        return fail("input.cell_error", error->id);
    const double* number = std::get_if<double>(&cell);
    const std::string* raw = std::get_if<std::string>(&cell);
    // A number's text is made only where it is needed (keys, texts, problems): formatting
    // every number of a large Actuals table would cost more than the rest of the read.
    const std::string text = raw ? common::Trim::cell(*raw) : std::string();
    if (!number && text.empty())
        return {};
    const auto shown = [&] { return number ? common::NumberText::typed(*number) : text; };
    const auto serialDay = [&](double serial) -> std::optional<long> {
        if (!std::isfinite(serial) || std::fabs(serial) > maxSerial)
            return std::nullopt;
        const long day = static_cast<long>(std::floor(serial)) + _nullDay;
        const int year = common::civilFromDays(day).year;
        return year >= 1 && year <= 9999 ? std::optional<long>(day) : std::nullopt;
    };

    switch (type) {
    case ColumnType::Key:
    case ColumnType::Text:
        return ok(shown());
    case ColumnType::Number:
    case ColumnType::Weight: {
        const std::optional<double> value = number ? *number : parseNumber(text);
        if (!value)
            return fail("input.not_a_number", shown());
        if (type == ColumnType::Weight && *value < 0)
            return fail("input.negative_weight", shown());
        return ok(*value);
    }
    case ColumnType::Date: {
        const std::optional<long> day = number ? serialDay(*number) : parseDateText(text);
        if (!day)
            return fail("input.not_a_date", shown());
        return ok(*day);
    }
    case ColumnType::Period: {
        if (number && isWhole(*number) && *number >= minYearNumber && *number <= maxYearNumber)
            return ok(Period{Frequency::Year, static_cast<int>(*number), 1});
        if (number) {
            if (const auto day = serialDay(*number))
                return ok(*day);
        } else if (const auto period = Period::parse(text)) {
            return ok(*period);
        } else if (const auto day = parseDateText(text)) {
            return ok(*day);
        }
        return fail("input.not_a_period", shown());
    }
    case ColumnType::Day: {
        // 1–31 is a day number; a larger number is a date cell (DESIGN §2: 46341 is
        // 15.11.2026), and so is a date text.
        const std::optional<double> value = number ? *number : parseNumber(text);
        if (value && isWhole(*value) && *value >= 1 && *value <= maxDayNumber)
            return ok(static_cast<int>(*value));
        if (number && *number > maxDayNumber) {
            if (const auto day = serialDay(*number))
                return ok(*day);
        } else if (!number && !value) {
            if (const auto day = parseDateText(text))
                return ok(*day);
        }
        return fail("input.not_a_day", shown());
    }
    case ColumnType::Direction:
        if (number ? *number == 1 : _words.direction(text) == kpi::Direction::Up)
            return ok(kpi::Direction::Up);
        if (number ? *number == -1 : _words.direction(text) == kpi::Direction::Down)
            return ok(kpi::Direction::Down);
        if (!number && _words.isRangeDirection(text))
            return ok(kpi::Direction::Range);
        return fail("input.unknown_direction", shown());
    case ColumnType::Frequency:
        if (const auto frequency = number ? std::nullopt : _words.frequency(text))
            return ok(*frequency);
        return fail("input.unknown_frequency", shown());
    case ColumnType::Level:
        if (const auto level = number ? std::nullopt : _words.level(text))
            return ok(*level);
        return fail("input.unknown_level", shown());
    case ColumnType::Agreed:
        if (number && (*number == 1 || *number == 0))
            return ok(*number == 1);
        if (const auto agreed = number ? std::nullopt : _words.agreed(text))
            return ok(*agreed);
        return fail("input.unknown_agreed", shown());
    }
    return fail("input.not_a_number", shown());
}

} // namespace concord::core::model
