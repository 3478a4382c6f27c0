#pragma once

#include "core/CivilDate.hpp"
#include "core/UiLanguage.hpp"
#include "core/model/GeneratedSheet.hpp"
#include "core/model/Period.hpp"
#include "core/model/RawSheet.hpp"
#include "core/model/Workbook.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace concord::core {

/// What to build (DESIGN §3); the sidebar buttons and CLI commands pick subsets.
struct BuildOptions {
    std::optional<std::string> period;    ///< "2026-09", "2026-Q3"…; default: latest with data
    UiLanguage language = UiLanguage::En; ///< of generated sheets, messages, sentences
    CivilDate nullDate{1899, 12, 30};     ///< the document's date serial 0
    long today = 0;                       ///< day number of "now" (title, open/overdue)
    std::string generatedAt;              ///< time stamp text for the titles
    bool scorecards = true;               ///< per-department scorecards + Company
    bool smart = true;                    ///< SMART sheet
    bool requests = true;                 ///< Requests matrix + Escalations
};

/// Everything one build produces, computed in the core; the UNO layer only writes it.
struct BuildResult {
    Workbook workbook;                  ///< the valid rows and every input problem
    std::string period;                 ///< the chosen period's label
    std::vector<GeneratedSheet> sheets; ///< in the order they are to appear
    nlohmann::json report;              ///< the JSON export of DESIGN §6
    std::vector<std::string> messages;  ///< problems rendered in options.language
};

/// Reads the six input tables from the sheets, validates them, computes scorecards, SMART
/// and requests for the chosen period, and lays out the generated sheets. dataDir holds
/// the JSON data files (words, smart, tables, messages, sheet texts), read per call: a
/// build is rare and the files are small. Throws Error
/// "input.missing_table" / "input.missing_column" (with sheet and cell) when a required
/// table or column is absent, and "build.period_invalid" when options.period is not a
/// period label — nothing is generated then; every other problem is listed in the result
/// and the build goes on with the valid rows.
BuildResult build(const std::vector<RawSheet>& sheets, const BuildOptions& options,
                  const std::string& dataDir);

} // namespace concord::core
