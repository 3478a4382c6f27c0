#include "core/model/Period.hpp"

#include "core/common/CivilDate.hpp"
#include "core/common/Utf8.hpp"

#include <Poco/String.h>

#include <cstdio>
#include <vector>

namespace concord::core::model {

namespace {

/// "Once" spans the whole time line Calc can show: 0001-01-01 … 9999-12-31.
const common::CivilDate onceFirst{1, 1, 1};
const common::CivilDate onceLast{9999, 12, 31};

/// Parsed years must lie in the range Calc dates cover.
const int minYear = 1;
const int maxYear = 9999;

/// Floor division and modulo for negative day numbers.
long floorDiv(long a, long b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/// ISO weekday, Monday 1 … Sunday 7 (day 0, 1970-01-01, was a Thursday).
int isoWeekday(long day) {
    return static_cast<int>(day + 3 - floorDiv(day + 3, 7) * 7) + 1;
}

/// Monday of ISO week 1 of the ISO year: the Monday of the week that holds 4 January.
long firstMondayOfIsoYear(int year) {
    const long january4 = common::daysFromCivil({year, 1, 4});
    return january4 - (isoWeekday(january4) - 1);
}

int isoWeeksInYear(int year) {
    return static_cast<int>((firstMondayOfIsoYear(year + 1) - firstMondayOfIsoYear(year)) / 7);
}

int periodsPerYear(Frequency frequency, int year) {
    switch (frequency) {
    case Frequency::Week:
        return isoWeeksInYear(year);
    case Frequency::Month:
        return 12;
    case Frequency::Quarter:
        return 4;
    case Frequency::Year:
    case Frequency::Once:
        break;
    }
    return 1;
}

/// One token of a period text: a run of digits or a run of letters.
struct Token {
    bool number = false;
    std::string text;
};

/// Splits lower-cased text into digit runs and letter runs; everything else (spaces, '-',
/// '/', '.', ',', '_') separates. Bytes ≥ 0x80 (Cyrillic letters) count as letters.
std::vector<Token> tokenise(const std::string& text) {
    std::vector<Token> tokens;
    for (const char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        const bool digit = u >= '0' && u <= '9';
        const bool letter = (u >= 'a' && u <= 'z') || u >= 0x80;
        if (!digit && !letter) {
            tokens.push_back({});
            continue;
        }
        if (tokens.empty() || tokens.back().text.empty() || tokens.back().number != digit)
            tokens.push_back({digit, {}});
        tokens.back().text += c;
    }
    std::vector<Token> result;
    for (Token& token : tokens)
        if (!token.text.empty())
            result.push_back(std::move(token));
    return result;
}

/// Words that mark a quarter or a week number ("Q3", "3 кв.", "W07", "нед. 7").
const std::vector<std::string> quarterWords = {"q", "к", "кв", "квартал", "quarter"};
const std::vector<std::string> weekWords = {"w", "week", "н", "нед", "неделя"};

bool isWord(const Token& token, const std::vector<std::string>& words) {
    if (token.number)
        return false;
    for (const std::string& word : words)
        if (token.text == word)
            return true;
    return false;
}

/// The value of a digit token of 1 … maxDigits digits, or -1.
int numberOf(const Token& token, std::size_t minDigits, std::size_t maxDigits) {
    if (!token.number || token.text.size() < minDigits || token.text.size() > maxDigits)
        return -1;
    return std::stoi(token.text);
}

int yearOf(const Token& token) {
    const int year = numberOf(token, 4, 4);
    return year >= minYear && year <= maxYear ? year : -1;
}

std::optional<Period> make(Frequency frequency, int year, int index) {
    if (year < 0 || index < 1 || index > periodsPerYear(frequency, year))
        return std::nullopt;
    return Period{frequency, year, index};
}

/// year + marker + number, or marker + number + year, or number + marker + year.
std::optional<Period> markedPeriod(const std::vector<Token>& t, Frequency frequency,
                                   const std::vector<std::string>& markers) {
    if (t.size() != 3)
        return std::nullopt;
    if (isWord(t[1], markers))
        return yearOf(t[0]) > 0 ? make(frequency, yearOf(t[0]), numberOf(t[2], 1, 2))
                                : make(frequency, yearOf(t[2]), numberOf(t[0], 1, 2));
    if (isWord(t[0], markers))
        return make(frequency, yearOf(t[2]), numberOf(t[1], 1, 2));
    return std::nullopt;
}

} // namespace

Period Period::containing(Frequency frequency, long day) {
    const common::CivilDate date = common::civilFromDays(day);
    switch (frequency) {
    case Frequency::Week: {
        const long thursday = day - (isoWeekday(day) - 1) + 3;
        const int year = common::civilFromDays(thursday).year;
        return {frequency, year, static_cast<int>((thursday - firstMondayOfIsoYear(year)) / 7) + 1};
    }
    case Frequency::Month:
        return {frequency, date.year, date.month};
    case Frequency::Quarter:
        return {frequency, date.year, (date.month - 1) / 3 + 1};
    case Frequency::Year:
        return {frequency, date.year, 1};
    case Frequency::Once:
        break;
    }
    return {Frequency::Once, 0, 1};
}

std::optional<Period> Period::parse(std::string_view text) {
    const std::vector<Token> t = tokenise(common::Utf8::lower(Poco::trim(std::string(text))));
    if (t.size() == 1)
        return yearOf(t[0]) > 0 ? make(Frequency::Year, yearOf(t[0]), 1) : std::nullopt;
    if (t.size() == 2) {
        if (yearOf(t[0]) > 0 && numberOf(t[1], 1, 2) > 0)
            return make(Frequency::Month, yearOf(t[0]), numberOf(t[1], 1, 2));
        if (yearOf(t[1]) > 0 && numberOf(t[0], 1, 2) > 0)
            return make(Frequency::Month, yearOf(t[1]), numberOf(t[0], 1, 2));
        return std::nullopt;
    }
    if (const auto quarter = markedPeriod(t, Frequency::Quarter, quarterWords))
        return quarter;
    return markedPeriod(t, Frequency::Week, weekWords);
}

long Period::firstDay() const {
    switch (frequency) {
    case Frequency::Week:
        return firstMondayOfIsoYear(year) + 7L * (index - 1);
    case Frequency::Month:
        return common::daysFromCivil({year, index, 1});
    case Frequency::Quarter:
        return common::daysFromCivil({year, 3 * (index - 1) + 1, 1});
    case Frequency::Year:
        return common::daysFromCivil({year, 1, 1});
    case Frequency::Once:
        break;
    }
    return common::daysFromCivil(onceFirst);
}

long Period::lastDay() const {
    if (frequency == Frequency::Once)
        return common::daysFromCivil(onceLast);
    return next().firstDay() - 1;
}

Period Period::previous() const {
    if (frequency == Frequency::Once)
        return *this;
    if (index > 1)
        return {frequency, year, index - 1};
    return {frequency, year - 1, periodsPerYear(frequency, year - 1)};
}

Period Period::next() const {
    if (frequency == Frequency::Once)
        return *this;
    if (index < periodsPerYear(frequency, year))
        return {frequency, year, index + 1};
    return {frequency, year + 1, 1};
}

std::string Period::label() const {
    char buffer[32];
    switch (frequency) {
    case Frequency::Week:
        std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, index);
        break;
    case Frequency::Month:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, index);
        break;
    case Frequency::Quarter:
        std::snprintf(buffer, sizeof buffer, "%04d-Q%d", year, index);
        break;
    case Frequency::Year:
        std::snprintf(buffer, sizeof buffer, "%04d", year);
        break;
    case Frequency::Once:
        return "once";
    }
    return buffer;
}

} // namespace concord::core::model
