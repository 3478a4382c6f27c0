#pragma once

#include "core/Grid.hpp"

#include <string>
#include <vector>

namespace concord::core {

/// A sheet as the UNO layer reads it in one bulk call: its name and the used area from
/// A1 (row 0 is the header row of an input table). Numbers are Calc serials for dates.
struct RawSheet {
    std::string name;
    Grid cells;
};

} // namespace concord::core
