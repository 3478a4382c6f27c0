#pragma once

#include <string>

namespace concord::integration {

/// What a formula cell holds after recalculation.
struct CellResult {
    /// XCell::getError(): 0, or Calc's error code (502 invalid argument, 519 #VALUE!…).
    int error = 0;
    /// True when the formula result is a text (FormulaResultType2 STRING).
    bool isText = false;
    /// XCell::getValue(): the number (0 for a text result).
    double value = 0;
    /// The cell's string: the text result, or the displayed number or error.
    std::string text;
};

} // namespace concord::integration
