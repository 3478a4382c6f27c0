#pragma once

#include "Expected.hpp"

#include <string>

namespace concord::integration {

/// One row of a formula table: a formula as XCell::setFormula takes it (English function
/// names, ';' between arguments) and what it must give.
struct FormulaCase {
    std::string formula;
    Expected expected;
};

} // namespace concord::integration
