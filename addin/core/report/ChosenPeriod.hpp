#pragma once

#include "core/model/Period.hpp"
#include "core/model/Workbook.hpp"

#include <optional>
#include <string>
#include <vector>

namespace concord::core::report {

/// The period a build reports on when none is chosen: "the latest period that has data"
/// (DESIGN §3), always a month, the default KPI frequency:
/// 1. the latest month that holds an Actuals row of a monthly KPI;
/// 2. without monthly actuals, the month that contains the last day of the latest
///    period (by its last day) of any Actuals row (week, quarter, year);
/// 3. without actuals, the month that contains the latest delivery (its date; for a row
///    without a date, the last day of its period);
/// 4. with none of these, the month that contains today (a day number).
/// Rule 1 keeps a weekly KPI whose last week reaches into the next month, or a yearly value
/// entered for the running year, from moving the report to a month nobody has reported
/// yet. Actuals and deliveries of frequency "once" are not considered.
model::Period defaultPeriod(const model::Workbook& workbook, long today);

/// The chosen period: label parsed by Period::parse ("2026-09", "2026-Q3", "2026-W07",
/// "2026"…) when given and not blank, else defaultPeriod(). Throws Error
/// "build.period_invalid" (value: the label) when the label is not a period.
model::Period choosePeriod(const model::Workbook& workbook, const std::optional<std::string>& label,
                           long today);

/// The periods a user picks from (the sidebar's list): the labels of the Actuals periods,
/// latest first (by last day; periods ending the same day keep their table order), each
/// once; defaultPeriod(workbook, today) put first when no Actuals row has it.
std::vector<std::string> periodLabels(const model::Workbook& workbook, long today);

} // namespace concord::core::report
