#include "core/smart/SmartPattern.hpp"

namespace concord::core {

SmartPattern::SmartPattern(std::string source, std::vector<Step> steps)
    : _source(std::move(source)), _steps(std::move(steps)) {}

} // namespace concord::core
