#pragma once

#include "core/report/DepartmentResult.hpp"
#include "core/sheets/Context.hpp"
#include "core/sheets/Layout.hpp"

namespace concord::core::sheets {

/// The scorecard of one department (DESIGN §3), sheet "Scorecard <code>" / "Карта <code>":
///
/// - row 1 title, row 2 period / as-of date / generation time, row 3 the status legend;
/// - row 4 the header and from row 5 one row per KPI, columns A ID, B KPI, C Unit,
///   D Direction, E Baseline, F Target, G Target max, H Actual, I Attainment, J Score,
///   K Status, L Amber from, M Green from, N Previous, O Change, P Pace, Q Weight,
///   R Period (the KPI's own), S Stale: last value (the period of the last value, or
///   "no data"); rows 1–4 and columns A–B frozen;
/// - I, J, K are live formulas over the row's own cells for every KPI with a score:
///   =KPI.ATTAINMENT(H5;F5;E5;D5), =KPI.SCORE(H5;F5;E5;D5), =KPI.STATUS(J5;L5;M5); a range
///   KPI has =KPI.RANGE(H5;F5;G5) in I and J. The cells under them hold the values the core
///   computed (equal to what the formulas give). A KPI without a score (stale, or numbers
///   the KPI math rejects) has empty cells and no formula;
/// - after one blank row, labels in B and values in C: department score
///   (=KPI.WEIGHTED over J and Q when there is a score), its status (=KPI.STATUS), green,
///   amber and red counts, on-time share of what it provides and of what it receives;
/// - after one blank row, the label "Goals", a header and one row per goal of the
///   department: A ID, B Goal, C Owner, D KPI, E Deadline, F–J S M A R T, K SMART score,
///   L Missing, M Hint;
/// - when the report has a history, after one blank row the history block (HistoryBlock):
///   the department's score per period against the thresholds, and per KPI (A ID, B KPI)
///   the attainment per period and the status in P; its charts "score" (Line) and
///   "attainment" (Bar of the KPIs' attainment in P coloured by status) in Layout::charts,
///   below the block.
/// A value that cannot be computed is an empty cell. Throws only what the texts throw.
Layout scorecardSheet(const Context& context, const report::DepartmentResult& department);

} // namespace concord::core::sheets
