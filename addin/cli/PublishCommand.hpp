#pragma once

#include <iosfwd>
#include <string>

namespace concord::cli {

/// concord publish IN -o DIR [--period P] [--lang ru|en]: the static site of IN
/// (core::publish::Site) written into DIR: index.html, one department-<code>.html per
/// department, smart.html, requests.html, style.css and api/scorecards.json. Each file is
/// written whole (OutputFile); other files in DIR are left alone; IN is never written to.
class PublishCommand {
public:
    struct Options {
        std::string oxt;      ///< the extension to run the build with
        std::string input;    ///< the workbook
        std::string output;   ///< DIR
        std::string period;   ///< --period, or empty
        std::string language; ///< --lang, or empty: the report's language
    };

    /// Builds and writes the site; prints "Wrote DIR: N files" on out and returns 0.
    /// Throws CommandError (64 without -o, 65/66 as the build, 70 when a file cannot be
    /// written) and what ReportSource throws.
    static int run(const Options& options, std::ostream& out, std::ostream& progress);
};

} // namespace concord::cli
