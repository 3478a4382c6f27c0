#pragma once

#include "core/sheets/Context.hpp"
#include "core/sheets/Layout.hpp"

namespace concord::core::sheets {

/// The escalations sheet (DESIGN §3), "Escalations" / "Эскалации": row 1 title, row 2
/// period line, row 3 the ladder explained, row 4 header, from row 5 one row per request
/// with a ladder step (not agreed, or missed in the chosen period), highest step first and
/// Requests order within a step: A Step, B Action, C ID, D From, E To, F What, G Why,
/// H Status in the period, I Missed in a row, J Missed of last 4, K Escalation (the
/// fact-based sentence, steps 2 and 3). Rows 1–4 frozen. Throws only what the texts throw.
Layout escalationsSheet(const Context& context);

} // namespace concord::core::sheets
