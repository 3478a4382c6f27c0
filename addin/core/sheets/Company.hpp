#pragma once

#include "core/sheets/Context.hpp"
#include "core/sheets/Layout.hpp"

namespace concord::core::sheets {

/// The company sheet (DESIGN §3), "Company" / "Компания":
///
/// - row 1 title, row 2 period line, row 3 status legend, row 4 header; rows 1–4 frozen;
/// - from row 5 one row per department: A Code, B Department, C Score, D Status, E Green,
///   F Amber, G Red, H On time: provides, I On time: receives, J Weight; D is the live
///   formula =KPI.STATUS(C5) on rows with a score;
/// - after one blank row, labels in B and values in C: company score
///   (=KPI.WEIGHTED over C and J when there is one) and its status (=KPI.STATUS);
/// - after one blank row, the label "Company goals", a header and one row per company goal
///   and KPI of it (a goal without KPI has one row): A Goal ID, B Goal, C KPI (id), D KPI
///   (name), E Department, F Target, G Actual, H Score, I Status, J Deadline;
/// - when the report has a history, after one blank row the history block (HistoryBlock):
///   the company score per period against the thresholds, and per department (A Code,
///   B Department) its score per period and status in P; its charts "score" (Line of the
///   company score) and "departments" (Bar of the departments' scores in P coloured by
///   status) in Layout::charts, below the block.
/// Throws only what the texts throw.
Layout companySheet(const Context& context);

} // namespace concord::core::sheets
