#pragma once

#include <iosfwd>
#include <string>

namespace concord::cli {

/// concord serve IN [--port 8080] [--bind 127.0.0.1]: the published pages of IN, live and
/// read-only, from Poco's HTTPServer (see RequestHandler for what it answers and refuses),
/// rebuilt when IN changes (Rebuilder), until SIGINT or SIGTERM.
class ServeCommand {
public:
    struct Options {
        std::string oxt;      ///< the extension to run the builds with
        std::string input;    ///< the workbook
        std::string period;   ///< --period, or empty
        std::string language; ///< --lang, or empty
        std::string bind = "127.0.0.1";
        int port = 8080; ///< 0: any free port (the URL printed says which)
        /// A page reloads itself after this many seconds (the wall screen).
        int refreshSeconds = 60;
    };

    /// Binds the address first (a busy port fails at once), builds the site, serves it and
    /// prints "concord: serving http://ADDRESS:PORT/" on stdout; on SIGINT or SIGTERM stops
    /// accepting, finishes the requests under way, ends the office and returns 0. Throws
    /// CommandError: 64 for a bad --bind or --port, 70 when the address cannot be bound;
    /// and what the first build throws (ReportSource::read).
    static int run(const Options& options, std::ostream& progress);
};

} // namespace concord::cli
