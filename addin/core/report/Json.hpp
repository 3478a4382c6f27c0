#pragma once

#include "core/model/Workbook.hpp"
#include "core/report/Results.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace concord::core::report {

/// The JSON export of DESIGN §6, with the numbers of the sheets. A value that cannot be
/// computed is null, never 0. Keys:
/// - period ("2026-09"), as_of ("2026-09-30"), language ("en"/"ru");
/// - company {score, status, goals [{id, kpis [KPI ids]}]};
/// - departments [{code, name, weight, score, status, green, amber, red, on_time_out,
///   on_time_in, kpis [{id, name, unit, direction ("up"/"down"/"range"), period, baseline,
///   target, target_max, plan_target (bool), actual, previous, change, attainment, score,
///   status, amber_from, green_from, pace, weight, stale (bool), last_period,
///   history}], history}];
/// - history: the company's [{period, score, status}] over Report::history's periods
///   (oldest first, P last); departments[i].history the same of the department;
///   departments[i].kpis[j].history [{period, actual, attainment, status}]; each null
///   when the report has no history (a build without it);
/// - goals [{id, text, owner, level, department, kpi, S, M, A, R, T (booleans), score, missing,
/// hint,
///   language}];
/// - requests [{id, from, to, what, why, frequency, due_day (the day number, derived from
///   due_date on a recurring request), due_date (ISO; null unless Due day holds a date),
///   agreed, status ("on time",
///   "late", "overdue", "open"; null when not agreed), due, delivered (ISO dates of the
///   request's period in P), on_time, missed_in_a_row, missed_last_4, ladder (0–3),
///   escalation (the sentence, null below step 2)}];
/// - matrix [{from, to (department codes), requests, agreed, on_time (pooled share of the
///   agreed requests' last 6 periods, null when none is judged)}]: the request matrix, one
///   entry per pair of different departments with at least one request;
/// - problems [{sheet, cell, message}] with messages[i] the rendered text of
///   problems[i] (an empty message when messages is shorter).
/// Ratios (scores, attainment, shares, pace) are plain numbers (0.95, not 95); statuses are
/// the KPI.STATUS numbers 1 / 0 / −1. Never throws.
nlohmann::json toJson(const Report& report, const std::vector<model::Problem>& problems,
                      const std::vector<std::string>& messages);

} // namespace concord::core::report
