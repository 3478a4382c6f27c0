#pragma once

#include "core/common/Grid.hpp"

#include <string>
#include <string_view>

namespace concord::core::model {

/// Text helpers of the workbook reader: how a cell reads as text, as the user sees it.
class ReaderText {
public:
    /// The number as a user types it: 101 → "101", 0.5 → "0.5", −3 → "-3", 1e20 → "1e+20"
    /// (up to 15 significant digits, no trailing zeros).
    static std::string number(double value);

    /// The text without surrounding ASCII whitespace and no-break spaces (U+00A0).
    static std::string trim(std::string_view text);

    /// A cell as text: a text trimmed, a number by number(), an error by its id, empty "".
    static std::string cell(const common::Cell& cell);
};

} // namespace concord::core::model
