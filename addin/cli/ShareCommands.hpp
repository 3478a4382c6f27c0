#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace concord::cli {

/// `concord handout` and `concord collect` (DESIGN §6 "Sharing the workbook across
/// departments"): the options parsed by ConcordApplication, the work done by the
/// org.concord.Sharing service in a private headless office. MASTER is opened from a
/// private copy and never written.
class ShareCommands {
public:
    struct HandOutOptions {
        std::string master;
        std::string period;   ///< required
        std::string folder;   ///< -o DIR, required (created when missing)
        std::string format;   ///< ods (default) or xlsx
        std::string language; ///< of the scorecard built for the copies, "" = the master's
    };
    /// Builds the scorecards of the period before P in the private copy (the "last
    /// scorecard" each hand-out copies), then writes "<code> <P>.ods" per department into
    /// the folder and prints each path. The office writes them into the private profile;
    /// they are moved into the folder (each whole, through a temporary file) only once all
    /// are written, so an office that stops midway leaves the folder as it was. Returns the
    /// exit code (0). Throws CommandError (70 naming the step when the office stops).
    static int handOut(const std::string& oxt, const HandOutOptions& options, std::ostream& out,
                       std::ostream& progress);

    struct CollectOptions {
        std::string master;
        std::vector<std::string> returned;
        std::string output; ///< "" → <master's folder>/<name>-collected.ods
        std::string json;   ///< "" → none
        bool takeReturned = false;
    };
    /// Merges the returned files into the private copy of MASTER, writes OUT (and the JSON
    /// report), prints the summary. Returns 0 when everything merged, 65 when anything was
    /// refused, listed or in conflict (OUT is written all the same). Throws CommandError
    /// (70 naming the step when the office stops; OUT and the report are then not written).
    static int collect(const std::string& oxt, const CollectOptions& options, std::ostream& out,
                       std::ostream& progress);

    /// <master's folder>/<name>-collected.ods
    static std::string defaultCollectOutput(const std::string& master);
};

} // namespace concord::cli
