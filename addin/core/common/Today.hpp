#pragma once

#include "core/common/CivilDate.hpp"

namespace concord::core::common {

/// Today's date in the machine's local time zone (what a user means by "today").
CivilDate localToday();

} // namespace concord::core::common
