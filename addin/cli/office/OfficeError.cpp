#include "OfficeError.hpp"

namespace concord::cli {

OfficeError::OfficeError(const std::string& message) : std::runtime_error(message) {}

} // namespace concord::cli
