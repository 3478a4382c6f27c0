#pragma once

#include "core/kpi/Status.hpp"
#include "core/model/Period.hpp"
#include "core/model/Workbook.hpp"

#include <optional>
#include <vector>

namespace concord::core::report {

struct Report;

/// How many periods a history holds: the chosen period P and the 11 before it (DESIGN §3).
constexpr int historyLength = 12;

/// A score in one period of a history (the company's or a department's).
struct ScorePoint {
    std::optional<double> score;
    std::optional<kpi::Status> status;
};

/// A KPI in one period of a history: KpiResult's actual, attainment and status as of that
/// period's last day.
struct KpiPoint {
    std::optional<double> actual;
    std::optional<double> attainment;
    std::optional<kpi::Status> status;
};

/// One department over the periods of its History.
struct DepartmentHistory {
    std::vector<ScorePoint> scores;          ///< one per History::periods
    std::vector<std::vector<KpiPoint>> kpis; ///< per KPI (as DepartmentResult::kpis), per period
};

/// The history of a build (DESIGN §3 "Periodic"): every value is what a build for that
/// period computes (computeResults), so a history value always equals a build of its period.
struct History {
    /// Oldest first; the last is the chosen period P; all of P's kind.
    std::vector<model::Period> periods;
    std::vector<ScorePoint> company;            ///< one per period
    std::vector<DepartmentHistory> departments; ///< as Report::departments
};

/// The history of `chosen` (a report of computeResults over the same workbook): `length`
/// periods of chosen.period's kind up to and including it, each by the KPI, department and
/// company rules of computeResults (Scoring) for that period (chosen itself is reused for
/// P). A value that cannot be computed is empty. Never throws.
History computeHistory(const model::Workbook& workbook, const Report& chosen,
                       int length = historyLength);

} // namespace concord::core::report
