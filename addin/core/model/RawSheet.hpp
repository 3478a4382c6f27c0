#pragma once

#include "core/common/Grid.hpp"

#include <string>
#include <vector>

namespace concord::core::model {

/// A sheet as the UNO layer reads it in one bulk call: its name and the used area from
/// A1 (row 0 is the header row of an input table). Numbers are Calc serials for dates.
struct RawSheet {
    std::string name;
    common::Grid cells;
};

} // namespace concord::core::model
