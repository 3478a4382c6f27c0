#pragma once

#include <string>
#include <vector>

namespace concord::core::sheets {

/// What one run of the generator builds and which of Concord's sheets it replaces: the
/// meaning of XGenerator::build's `what` (and of the CLI commands and sidebar buttons).
struct Scope {
    bool scorecards = true;         ///< build the department scorecards and the Company sheet
    bool smart = true;              ///< build the SMART sheet
    bool requests = true;           ///< build the Request matrix and Escalations
    bool write = true;              ///< false: read and compute only ("check")
    bool everyKind = true;          ///< replace every generated sheet…
    std::vector<std::string> kinds; ///< …or only those of these kinds
    std::string key; ///< when not empty: only the sheets of this key (a department code)

    /// Whether a generated sheet of kind and key is in the scope (replaced by the run).
    bool covers(const std::string& kind, const std::string& key) const;

    /// The scope `what` names, compared after trimming and ignoring case: "all",
    /// "scorecards", "smart", "requests", "check", or "scorecards:<code>" (one department's
    /// scorecard; the code compared exactly, after trimming). Throws Error
    /// "build.what_invalid" (value: what) for anything else.
    static Scope parse(const std::string& what);
};

} // namespace concord::core::sheets
