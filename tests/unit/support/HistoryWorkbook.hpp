#pragma once
// The hand-worked workbook of the history tests (report, JSON, sheets): three months of
// data, 2026-01 to 2026-03, read as of P = 2026-03.
#include "core/model/Workbook.hpp"
#include "core/report/History.hpp"
#include "core/report/Results.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

namespace concord::test {

/// SAL "Sales" (weight 1): REV up, target 100, weight 2, monthly: January 80, no February
/// value (stale in February), March 100; NPS up, target 50, quarterly: 2026-Q1 45 (read in
/// January, February and March alike: Q1 holds each month's last day).
/// OPS "Operations" (weight 1): LEAD down, target 10, monthly: January 12, nothing in
/// February (the department has no data then), March 9.
inline const core::model::Workbook& historyWorkbook() {
    static const core::model::Workbook workbook =
        WorkbookBuilder()
            .department("SAL", "Sales")
            .department("OPS", "Operations")
            .kpi("REV", "Revenue", "SAL", 100.0, {{"weight", 2.0}})
            .kpi("NPS", "NPS", "SAL", 50.0, {{"frequency", "quarter"}})
            .kpi("LEAD", "Lead time", "OPS", 10.0, {{"direction", "down"}})
            .actual("REV", "2026-01", 80.0)
            .actual("REV", "2026-03", 100.0)
            .actual("NPS", "2026-Q1", 45.0)
            .actual("LEAD", "2026-01", 12.0)
            .actual("LEAD", "2026-03", 9.0)
            .read();
    return workbook;
}

/// P = 2026-03.
inline const core::model::Period& historyPeriod() {
    static const core::model::Period march{core::model::Frequency::Month, 2026, 3};
    return march;
}

/// The report of historyWorkbook() for P with its history, in `language`.
inline core::report::Report
historyReport(core::common::Language language = core::common::Language::En) {
    core::report::Report report = core::report::computeResults(historyWorkbook(), historyPeriod(),
                                                               analyser(), texts(), language);
    report.history = core::report::computeHistory(historyWorkbook(), report);
    return report;
}

} // namespace concord::test
