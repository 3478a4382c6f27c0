#pragma once

#include <string>
#include <vector>

namespace concord::core::sheets {

/// A sheet a build wrote: its name in the document and its kind ("scorecard", "company",
/// "smart", "requests", "escalations"; Layout::kind).
struct WrittenSheet {
    std::string name;
    std::string kind;
};

/// The sheet to show a user after a build that wrote written (in document order): the
/// company sheet when the build wrote it (Build all, Build scorecards), else the first sheet
/// written (the one scorecard of a one-department build, SMART, the request matrix).
/// Empty when nothing was written (a check). Never throws.
std::string shownSheet(const std::vector<WrittenSheet>& written);

} // namespace concord::core::sheets
