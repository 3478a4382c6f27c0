#include "core/common/Trim.hpp"

namespace concord::core::common {

namespace {

const std::string_view noBreakSpace = "\xC2\xA0";

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

std::string Trim::cell(std::string_view text) {
    for (;;) {
        if (!text.empty() && isAsciiSpace(text.front()))
            text.remove_prefix(1);
        else if (!text.empty() && isAsciiSpace(text.back()))
            text.remove_suffix(1);
        else if (text.substr(0, noBreakSpace.size()) == noBreakSpace)
            text.remove_prefix(noBreakSpace.size());
        else if (text.size() >= noBreakSpace.size() &&
                 text.substr(text.size() - noBreakSpace.size()) == noBreakSpace)
            text.remove_suffix(noBreakSpace.size());
        else
            return std::string(text);
    }
}

bool Trim::isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace concord::core::common
