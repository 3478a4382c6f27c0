#pragma once

#include "core/CivilDate.hpp"
#include "core/Level.hpp"
#include "core/LocalTime.hpp"
#include "core/RequestStatus.hpp"
#include "core/UiLanguage.hpp"
#include "core/report/Report.hpp"
#include "core/report/ReportTexts.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core {

/// What every sheet layout needs besides the numbers: the texts in the build language, the
/// document's null date for date cells and the generation time for the titles.
class SheetContext {
public:
    /// Keeps references to report and texts: both must outlive the context.
    SheetContext(const Report& report, const ReportTexts& texts, UiLanguage language,
                 CivilDate nullDate, std::string generatedAt);

    const Report& report() const { return _report; }
    UiLanguage language() const { return _language; }

    /// The text with this id in the build language (see ReportTexts::text).
    const std::string& text(std::string_view id) const;
    /// The text with placeholders filled in (see ReportTexts::format).
    std::string format(std::string_view id,
                       const std::vector<std::pair<std::string, std::string>>& values) const;

    /// The document's date serial of a day number (days since 1970-01-01).
    double serial(long day) const;
    /// A day as text in the build language's date format (text id format.date).
    std::string dateText(long day) const;
    /// "Period 2026-09 · as of 2026-09-30 · generated …" (text id title.period); the date
    /// of the generation time in generatedAt is best made by timestampText, so that one
    /// sheet shows every date in one format.
    std::string periodLine() const;

    /// The status legend under the title (text id note.status with the status words).
    std::string statusNote() const;

    /// The direction word the sheet writes (and KPI.SCORE reads back): up/down/range.
    const std::string& directionWord(KpiDirection direction) const;
    const std::string& frequencyWord(Frequency frequency) const;
    const std::string& levelWord(Level level) const;
    /// on time / late / overdue / open in the build language.
    const std::string& stateWord(RequestState state) const;

private:
    const Report& _report;
    const ReportTexts& _texts;
    UiLanguage _language;
    long _nullDay;
    std::string _generatedAt;
};

/// A day as text in the language's date format (text id format.date): 2026-09-30 (en),
/// 30.09.2026 (ru). Throws what ReportTexts::format throws.
std::string dateText(const ReportTexts& texts, UiLanguage language, const CivilDate& date);

/// The time as dateText and hh:mm: "2026-10-01 09:05" (en), "01.10.2026 09:05" (ru).
std::string timestampText(const ReportTexts& texts, UiLanguage language, const LocalTime& time);

} // namespace concord::core
