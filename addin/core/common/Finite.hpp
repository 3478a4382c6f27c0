#pragma once

#include "core/common/Error.hpp"

#include <cmath>
#include <string>

namespace concord::core::common {

/// Returns value when it is finite; otherwise throws Error "kpi.overflow" naming `what`.
/// For intermediate terms whose overflow would not show in the result: x / ∞ is a silent 0.
inline double requireFinite(double value, const char* what) {
    if (!std::isfinite(value))
        throw Error(Error::Category::Argument, "kpi.overflow",
                    std::string(what) + " is too large to compute");
    return value;
}

} // namespace concord::core::common
