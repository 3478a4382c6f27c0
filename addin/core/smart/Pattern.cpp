#include "core/smart/Pattern.hpp"

namespace concord::core::smart {

Pattern::Pattern(std::string source, std::vector<Step> steps)
    : _source(std::move(source)), _steps(std::move(steps)) {}

} // namespace concord::core::smart
