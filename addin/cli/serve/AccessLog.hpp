#pragma once

#include <string>

namespace concord::cli {

/// One line per request on stderr, in the common log format with the time taken:
///   127.0.0.1 - - [02/Dec/2026:20:31:05 +0000] "GET /index.html HTTP/1.1" 200 18234 0.21ms
/// Each line goes out in one write(2), so lines of concurrent requests never mix.
class AccessLog {
public:
    /// Writes the line; never throws (a failed write is dropped). The request line is
    /// written with bytes outside printable ASCII, quotes and backslashes as \xHH, and cut
    /// at 300 bytes, so that a hostile request cannot forge log lines.
    static void write(const std::string& client, const std::string& method, const std::string& uri,
                      const std::string& version, int status, std::size_t bytes,
                      double milliseconds);
};

} // namespace concord::cli
