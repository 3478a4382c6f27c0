#pragma once

#include <string>

namespace concord::cli {

/// Converts between local paths and the file:// URLs LibreOffice expects.
class FileUrl {
public:
    /// The file URL of path, made absolute against the current directory and
    /// percent-encoded (e.g. "/tmp/a b.ods" -> "file:///tmp/a%20b.ods").
    static std::string fromPath(const std::string& path);
};

} // namespace concord::cli
