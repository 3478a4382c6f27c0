#pragma once

#include <stdexcept>
#include <string>

namespace concord::cli {

/// What the office launcher throws when LibreOffice cannot be prepared, started, reached or
/// driven: a folder that cannot be written, unopkg failing, soffice exiting early or not
/// answering, a document that cannot be created, loaded or stored. what() is one readable
/// English sentence that names the file or command and, where there is one, quotes the
/// office's own output.
class OfficeError : public std::runtime_error {
public:
    explicit OfficeError(const std::string& message);
};

} // namespace concord::cli
