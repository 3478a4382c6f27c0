#pragma once

#include "core/sheets/Context.hpp"
#include "core/sheets/Layout.hpp"

namespace concord::core::sheets {

/// The SMART sheet (DESIGN §3), "SMART": row 1 title, row 2 period line, row 3 header, from
/// row 4 one row per goal: A ID, B Level, C Department, D Owner, E Parent, F Goal, G KPI,
/// H Deadline, I–M S M A R T (1 met, 0 not), N Score 0–5, O Missing, P Hint (in the goal's
/// language). Rows 1–3 and column A frozen. Throws only what the texts throw.
Layout smartSheet(const Context& context);

} // namespace concord::core::sheets
