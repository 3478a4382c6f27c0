#pragma once

#include <stdexcept>
#include <string>

namespace concord::cli {

/// A failure of a `concord` command that the user can act on, with the exit code it ends
/// the program with (Poco::Util::Application::ExitCode: 64 usage, 65 data error, 66 no
/// input, 70 software error). what() is one line naming the file and, where known, the
/// sheet and cell.
class CommandError : public std::runtime_error {
public:
    CommandError(int exitCode, const std::string& message);

    /// The exit code to end with.
    int exitCode() const { return _exitCode; }

private:
    int _exitCode;
};

} // namespace concord::cli
