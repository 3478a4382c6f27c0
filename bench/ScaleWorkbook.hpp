#pragma once

#include "cli/office/CalcDocument.hpp"

namespace concord::bench {

/// The synthetic company of the scale benchmarks (issues 4 and 13): 200 departments ×
/// 50 KPIs × 36 months (2024-01 … 2026-12) of Actuals, 360,000 rows, every KPI up with
/// target 100 and values drifting around it. Written with one setDataArray per sheet.
struct ScaleWorkbook {
    static constexpr int departments = 200;
    static constexpr int kpisPerDepartment = 50;
    static constexpr int months = 36;
    static constexpr int actualRows = departments * kpisPerDepartment * months;

    /// Writes Departments, KPIs and Actuals (KPI, Period, Value and an extra Department
    /// column the reader ignores, so that a pivot can group) into doc and removes its first,
    /// empty sheet; count departments (fewer for a quicker look while profiling).
    static void write(const cli::CalcDocument& doc, int count = departments);
};

} // namespace concord::bench
