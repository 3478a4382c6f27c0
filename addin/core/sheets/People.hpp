#pragma once

#include "core/sheets/Context.hpp"
#include "core/sheets/Layout.hpp"

namespace concord::core::sheets {

/// The people sheet (DESIGN §3), "People" / "Сотрудники", one row per person of
/// report::people():
///
/// - row 1 title, row 2 period line, row 3 status legend, row 4 header; rows 1–4 frozen;
/// - from row 5: A Person, B Department (name), C Score (their weighted KPI score), D Status
///   (the live formula =KPI.STATUS(C5) on rows with a score), E their KPIs, one line each:
///   "ID Name: 97.5 %, green" (text people.kpi; people.kpi_no_score when the KPI has no
///   score), F their goals, one line each: "ID: SMART 4/5" (people.goal / people.goal_no_score).
/// Throws only what the texts throw.
Layout peopleSheet(const Context& context);

} // namespace concord::core::sheets
