#include "core/sheets/Context.hpp"

#include <cstdio>

namespace concord::core::sheets {

namespace {

std::string twoDigits(int value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d", value);
    return buffer;
}

} // namespace

std::string dateText(const report::Texts& texts, common::Language language,
                     const common::CivilDate& date) {
    char year[16];
    std::snprintf(year, sizeof year, "%04d", date.year);
    return texts.format(
        "format.date", language,
        {{"year", year}, {"month", twoDigits(date.month)}, {"day", twoDigits(date.day)}});
}

std::string timestampText(const report::Texts& texts, common::Language language,
                          const common::LocalTime& time) {
    return dateText(texts, language, time.date) + " " + twoDigits(time.hour) + ":" +
           twoDigits(time.minute);
}

Context::Context(const report::Report& report, const report::Texts& texts,
                 common::Language language, common::CivilDate nullDate, std::string generatedAt)
    : _report(report), _texts(texts), _language(language),
      _nullDay(common::daysFromCivil(nullDate)), _generatedAt(std::move(generatedAt)) {}

const std::string& Context::text(std::string_view id) const {
    return _texts.text(id, _language);
}

std::string Context::format(std::string_view id,
                            const std::vector<std::pair<std::string, std::string>>& values) const {
    return _texts.format(id, _language, values);
}

double Context::serial(long day) const {
    return static_cast<double>(day - _nullDay);
}

std::string Context::dateText(long day) const {
    return core::sheets::dateText(_texts, _language, common::civilFromDays(day));
}

std::string Context::periodLine() const {
    return format("title.period", {{"period", _report.period.label()},
                                   {"date", dateText(_report.asOf)},
                                   {"time", _generatedAt}});
}

std::string Context::statusNote() const {
    return format("note.status", {{"green", text("status.green")},
                                  {"amber", text("status.amber")},
                                  {"red", text("status.red")}});
}

const std::string& Context::directionWord(kpi::Direction direction) const {
    switch (direction) {
    case kpi::Direction::Down:
        return text("direction.down");
    case kpi::Direction::Range:
        return text("direction.range");
    case kpi::Direction::Up:
        break;
    }
    return text("direction.up");
}

const std::string& Context::frequencyWord(model::Frequency frequency) const {
    static const char* const ids[] = {"frequency.once", "frequency.week", "frequency.month",
                                      "frequency.quarter", "frequency.year"};
    return text(ids[static_cast<int>(frequency)]);
}

const std::string& Context::levelWord(model::Level level) const {
    static const char* const ids[] = {"level.company", "level.department", "level.person"};
    return text(ids[static_cast<int>(level)]);
}

const std::string& Context::stateWord(report::RequestState state) const {
    static const char* const ids[] = {"request.on_time", "request.late", "request.open",
                                      "request.overdue"};
    return text(ids[static_cast<int>(state)]);
}

} // namespace concord::core::sheets
