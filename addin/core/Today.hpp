#pragma once

#include "CivilDate.hpp"

namespace concord::core {

/// Today's date in the machine's local time zone (what a user means by "today").
CivilDate localToday();

} // namespace concord::core
