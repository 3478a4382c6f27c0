#pragma once

#include "core/common/CivilDate.hpp"
#include "core/common/Language.hpp"
#include "core/common/LocalTime.hpp"
#include "core/model/Level.hpp"
#include "core/report/RequestStatus.hpp"
#include "core/report/Results.hpp"
#include "core/report/Texts.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core::sheets {

/// What every sheet layout needs besides the numbers: the texts in the build language, the
/// document's null date for date cells and the generation time for the titles.
class Context {
public:
    /// Keeps references to report and texts: both must outlive the context.
    Context(const report::Report& report, const report::Texts& texts, common::Language language,
            common::CivilDate nullDate, std::string generatedAt);

    const report::Report& report() const { return _report; }
    common::Language language() const { return _language; }

    /// The text with this id in the build language (see Texts::text).
    const std::string& text(std::string_view id) const;
    /// The text with placeholders filled in (see Texts::format).
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
    const std::string& directionWord(kpi::Direction direction) const;
    const std::string& frequencyWord(model::Frequency frequency) const;
    const std::string& levelWord(model::Level level) const;
    /// on time / late / overdue / open in the build language.
    const std::string& stateWord(report::RequestState state) const;

private:
    const report::Report& _report;
    const report::Texts& _texts;
    common::Language _language;
    long _nullDay;
    std::string _generatedAt;
};

/// A day as text in the language's date format (text id format.date): 2026-09-30 (en),
/// 30.09.2026 (ru). Throws what Texts::format throws.
std::string dateText(const report::Texts& texts, common::Language language,
                     const common::CivilDate& date);

/// The time as dateText and hh:mm: "2026-10-01 09:05" (en), "01.10.2026 09:05" (ru).
std::string timestampText(const report::Texts& texts, common::Language language,
                          const common::LocalTime& time);

} // namespace concord::core::sheets
