#pragma once

#include "core/sheets/Context.hpp"
#include "core/sheets/Layout.hpp"

namespace concord::core::sheets {

/// The requests matrix (DESIGN §3), "Request matrix" / "Матрица запросов":
///
/// - row 1 title, row 2 period line, row 3 a note on how to read the matrix, row 4 header;
///   rows 1–4 and column A frozen;
/// - from row 5 one row per department that asks (requester, Departments order) and two
///   columns per department that provides: "<name>: agreed", the number of agreed requests
///   (shown when the pair has any request), and "<name>: on time", their pooled on-time
///   share over the last 6 periods (empty when no period is judged); the diagonal is blank;
/// - after one blank row, the label "Request register", a header and one row per request:
///   A ID, B From, C To, D What, E Frequency, F Due day, G Agreed, H Due date and I
///   Delivered on of the request's period in P, J Status in the period (on time / late /
///   overdue / open / not agreed), K On time (last 6), L Missed in a row, M Missed of
///   last 4, N Step (0–3).
/// Throws only what the texts throw.
Layout requestsSheet(const Context& context);

} // namespace concord::core::sheets
