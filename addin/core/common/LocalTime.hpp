#pragma once

#include "core/common/CivilDate.hpp"

namespace concord::core::common {

/// A wall-clock moment to the minute (the generation time of the titles); the core writes
/// it in the build language's date format.
struct LocalTime {
    CivilDate date{1970, 1, 1};
    int hour = 0;
    int minute = 0;
};

} // namespace concord::core::common
