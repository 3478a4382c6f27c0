#include "SheetContext.hpp"

#include <cstdio>

namespace concord::core {

namespace {

std::string twoDigits(int value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d", value);
    return buffer;
}

} // namespace

std::string dateText(const ReportTexts& texts, UiLanguage language, const CivilDate& date) {
    char year[16];
    std::snprintf(year, sizeof year, "%04d", date.year);
    return texts.format(
        "format.date", language,
        {{"year", year}, {"month", twoDigits(date.month)}, {"day", twoDigits(date.day)}});
}

std::string timestampText(const ReportTexts& texts, UiLanguage language, const LocalTime& time) {
    return dateText(texts, language, time.date) + " " + twoDigits(time.hour) + ":" +
           twoDigits(time.minute);
}

SheetContext::SheetContext(const Report& report, const ReportTexts& texts, UiLanguage language,
                           CivilDate nullDate, std::string generatedAt)
    : _report(report), _texts(texts), _language(language), _nullDay(daysFromCivil(nullDate)),
      _generatedAt(std::move(generatedAt)) {}

const std::string& SheetContext::text(std::string_view id) const {
    return _texts.text(id, _language);
}

std::string
SheetContext::format(std::string_view id,
                     const std::vector<std::pair<std::string, std::string>>& values) const {
    return _texts.format(id, _language, values);
}

double SheetContext::serial(long day) const {
    return static_cast<double>(day - _nullDay);
}

std::string SheetContext::dateText(long day) const {
    return core::dateText(_texts, _language, civilFromDays(day));
}

std::string SheetContext::periodLine() const {
    return format("title.period", {{"period", _report.period.label()},
                                   {"date", dateText(_report.asOf)},
                                   {"time", _generatedAt}});
}

std::string SheetContext::statusNote() const {
    return format("note.status", {{"green", text("status.green")},
                                  {"amber", text("status.amber")},
                                  {"red", text("status.red")}});
}

const std::string& SheetContext::directionWord(KpiDirection direction) const {
    switch (direction) {
    case KpiDirection::Down:
        return text("direction.down");
    case KpiDirection::Range:
        return text("direction.range");
    case KpiDirection::Up:
        break;
    }
    return text("direction.up");
}

const std::string& SheetContext::frequencyWord(Frequency frequency) const {
    static const char* const ids[] = {"frequency.once", "frequency.week", "frequency.month",
                                      "frequency.quarter", "frequency.year"};
    return text(ids[static_cast<int>(frequency)]);
}

const std::string& SheetContext::levelWord(Level level) const {
    static const char* const ids[] = {"level.company", "level.department", "level.person"};
    return text(ids[static_cast<int>(level)]);
}

const std::string& SheetContext::stateWord(RequestState state) const {
    static const char* const ids[] = {"request.on_time", "request.late", "request.open",
                                      "request.overdue"};
    return text(ids[static_cast<int>(state)]);
}

} // namespace concord::core
