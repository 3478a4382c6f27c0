#include "CommandError.hpp"

namespace concord::cli {

CommandError::CommandError(int exitCode, const std::string& message)
    : std::runtime_error(message), _exitCode(exitCode) {}

} // namespace concord::cli
