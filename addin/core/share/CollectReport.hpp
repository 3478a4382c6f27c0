#pragma once

#include "core/common/Language.hpp"
#include "core/share/Merge.hpp"
#include "core/share/Texts.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace concord::core::share {

/// The counts of one department's returned rows.
struct DepartmentCounts {
    std::string department;
    std::string period;
    int files = 0;
    int filled = 0;
    int unchanged = 0;
    int empty = 0;
    int conflicts = 0; ///< kept and taken
    int refused = 0;   ///< foreign KPI, foreign request, invalid
    int listed = 0;    ///< unknown rows
};

/// What collect tells the user (DESIGN §6): per department the rows filled, unchanged,
/// in conflict and refused; the files refused whole; the departments that have not
/// returned; and one line per conflict, refusal and unknown row.
struct CollectReport {
    std::vector<DepartmentCounts> departments; ///< of merged files, in the master's order
    std::vector<std::string> notReturned;      ///< codes, in the master's order
    std::vector<FileResult> files;

    /// Builds the report of a merge. A department "has not returned" when no file is
    /// stamped with its code (a stamped file refused whole counts as returned: it is
    /// listed with its reason).
    static CollectReport of(const Merge& merge);

    /// True when nothing was refused (rows or files) and nothing was in conflict (kept or
    /// taken): collect's exit code 0, else 65.
    bool clean() const;

    /// {"master_id", "files": [{file, status, department, period, master_changed, lines:
    /// [{outcome, table, key, period, master, returned, returned_text, owner, master_cell,
    /// returned_cell}]}], "departments": [{code, period, files, filled, unchanged, empty,
    /// conflicts, refused, listed}], "not_returned": [codes], "clean"}. Delivered-on
    /// values are ISO dates; a missing value is null.
    nlohmann::json toJson(const std::string& masterId) const;

    /// The summary lines in the language: one per department ("SAL 2026-12: 4 filled, 1
    /// unchanged, 1 conflict, 0 refused"), one per file refused whole, one per conflict,
    /// refusal and unknown row (naming the master or returned cell) — at most
    /// linesPerFile of a file, then one line counting the rest, which the JSON report
    /// holds — and the departments that have not returned.
    std::vector<std::string> lines(const Texts& texts, common::Language language) const;

    /// The lines of rows and files only (conflicts, refusals, unknown rows, files refused),
    /// each with the master cell to select (may be empty): the sidebar's message list.
    struct Issue {
        std::string text;
        std::optional<model::CellRef> masterCell;
        std::string file; ///< the returned file it concerns
    };
    /// How many issue lines of one file lines() shows.
    static constexpr std::size_t linesPerFile = 20;
    std::vector<Issue> issues(const Texts& texts, common::Language language) const;

    /// A cell as issues name it, "Actuals!C14" (the sheet may hold '!'), back to a CellRef;
    /// nullopt for "" or anything else.
    static std::optional<model::CellRef> parseCell(const std::string& text);
};

} // namespace concord::core::share
