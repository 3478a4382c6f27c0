#pragma once

#include <functional>
#include <string>

namespace concord::cli {

/// Writes an output file so that it appears whole or not at all: the content goes to a
/// hidden temporary file in the target's folder (".<name>.concord-<pid>.tmp"), which is
/// then renamed over the target (an atomic replace on one file system).
class OutputFile {
public:
    /// Creates the target's folder if needed, calls write(temporaryPath), then renames the
    /// temporary file to target. On any failure the temporary file is removed and the
    /// exception passed on; a failure to create the folder or rename throws CommandError
    /// (exit code 70) naming the file.
    static void write(const std::string& target,
                      const std::function<void(const std::string& temporaryPath)>& write);

    /// The same for a text: writes text (UTF-8 bytes) to target.
    static void writeText(const std::string& target, const std::string& text);
};

} // namespace concord::cli
