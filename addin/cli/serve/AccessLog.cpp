#include "serve/AccessLog.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>

#include <cstdio>
#include <unistd.h>

namespace concord::cli {

namespace {

constexpr std::size_t longestLoggedUri = 300;

std::string safe(const std::string& text, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02X", c);
            out += hex;
        } else {
            out += static_cast<char>(c);
        }
    }
    if (text.size() > limit)
        out += "...";
    return out;
}

} // namespace

void AccessLog::write(const std::string& client, const std::string& method, const std::string& uri,
                      const std::string& version, int status, std::size_t bytes,
                      double milliseconds) {
    char took[32];
    std::snprintf(took, sizeof took, "%.2fms", milliseconds);
    const std::string line =
        safe(client, 64) + " - - [" +
        Poco::DateTimeFormatter::format(Poco::DateTime(), "%d/%b/%Y:%H:%M:%S +0000") + "] \"" +
        safe(method, 16) + " " + safe(uri, longestLoggedUri) + " " + safe(version, 16) + "\" " +
        std::to_string(status) + " " + std::to_string(bytes) + " " + took + "\n";
    const ssize_t written = ::write(STDERR_FILENO, line.data(), line.size());
    (void)written;
}

} // namespace concord::cli
