#include "core/common/Error.hpp"

namespace concord::core::common {

Error::Error(Category category, std::string id, const std::string& message, std::string value)
    : std::runtime_error("[" + id + "] " + message + (value.empty() ? "" : ": " + value)),
      _category(category), _id(std::move(id)), _value(std::move(value)) {}

} // namespace concord::core::common
