#pragma once

#include "core/sheets/ShownAfterBuild.hpp"

#include <string>
#include <vector>

namespace concord::core::sheets {

/// The sheets the report as a document prints (DESIGN §3): of documentSheets (every sheet
/// of the document in its order, kind empty for a sheet Concord did not generate), the
/// generated ones in reading order — Company, People, scorecards, SMART, Request matrix,
/// Escalations; sheets of one kind keep their document order, a kind not listed comes last.
/// With everySheet, every sheet in document order (`--pdf-all`). Never throws.
std::vector<std::string> reportSheets(const std::vector<WrittenSheet>& documentSheets,
                                      bool everySheet);

/// Whether wanted (from reportSheets) stand in the document in that order, so that one
/// export of the document prints them in reading order. Never throws.
bool inDocumentOrder(const std::vector<WrittenSheet>& documentSheets,
                     const std::vector<std::string>& wanted);

} // namespace concord::core::sheets
