#pragma once

#include <string>
#include <string_view>

namespace concord::core::common {

/// Trimming and blank tests of the readers, in one place.
class Trim {
public:
    /// The text without surrounding ASCII whitespace (space, \t, \n, \v, \f, \r) and no-break
    /// spaces (U+00A0): how a cell's text is read.
    static std::string cell(std::string_view text);

    /// True when the text holds nothing but spaces, tabs and line breaks (" \t\r\n"): a text
    /// argument or a goal's field that is not given.
    static bool isBlank(std::string_view text);
};

} // namespace concord::core::common
