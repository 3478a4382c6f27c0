#pragma once

#include "core/common/CivilDate.hpp"
#include "core/common/Language.hpp"
#include "core/common/LocalTime.hpp"
#include "core/model/OutputLanguage.hpp"
#include "core/model/Period.hpp"
#include "core/model/RawSheet.hpp"
#include "core/model/Workbook.hpp"
#include "core/sheets/Layout.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace concord::core::sheets {

/// What to build (DESIGN §3); the sidebar buttons and CLI commands pick subsets.
struct BuildOptions {
    std::optional<std::string> period; ///< "2026-09", "2026-Q3"…; default: latest with data
    /// The language asked for (--lang, the Language argument); empty: decided by the rule
    /// of OutputLanguage::resolve from the table headers and documentLanguage.
    std::optional<common::Language> language;
    /// The document's locale, when it is English or Russian: the fallback of the rule.
    std::optional<common::Language> documentLanguage;
    common::CivilDate nullDate{1899, 12, 30}; ///< the document's date serial 0
    long today = 0;                           ///< day number of "now" (title, open/overdue)
    common::LocalTime generatedAt;            ///< the generation time for the titles
    bool scorecards = true;                   ///< per-department scorecards, Company, People
    bool smart = true;                        ///< SMART sheet
    bool requests = true;                     ///< Request matrix + Escalations
    /// The workbook's file name without folder and extension: the company in the printed
    /// pages' header when the workbook has no About sheet (companyName).
    std::string fileName;
    /// The history of the last 12 periods (report::computeHistory): the history blocks and
    /// charts of the scorecards and Company and `history` in the JSON; off only to measure
    /// what it costs (bench_generator_scale), the JSON's history keys are then null.
    bool history = true;
};

/// Everything one build produces, computed in the core; the UNO layer only writes it.
struct BuildResult {
    model::Workbook workbook;          ///< the valid rows and every input problem
    std::string period;                ///< the chosen period's label
    std::vector<Layout> sheets;        ///< in the order they are to appear
    nlohmann::json report;             ///< the JSON export of DESIGN §6
    std::vector<std::string> messages; ///< problems rendered in language
    common::Language language =
        common::Language::En; ///< the resolved language of everything written
    model::LanguageSource languageSource = model::LanguageSource::Default; ///< what decided it
    std::vector<std::string> notes; ///< sentences for the user in language (mixed headers,
                                    ///< a scorecard's name made valid)
};

/// Resolves the output language (OutputLanguage::resolve over HeaderVote::count of the
/// sheets), reads the six input tables from the sheets, validates them, computes scorecards, SMART
/// and requests for the chosen period, and lays out the generated sheets. dataDir holds
/// the JSON data files (words, smart, tables, messages, sheet texts), read per call: a
/// build is rare and the files are small. Throws Error
/// "input.missing_table" / "input.missing_column" (with sheet and cell) when a required
/// table or column is absent, and "build.period_invalid" when options.period is not a
/// period label — nothing is generated then; every other problem is listed in the result
/// and the build goes on with the valid rows.
BuildResult build(const std::vector<model::RawSheet>& sheets, const BuildOptions& options,
                  const std::string& dataDir);

} // namespace concord::core::sheets
