#include "core/model/ReaderText.hpp"

#include <cmath>
#include <cstdio>

namespace concord::core::model {

namespace {

const std::string_view noBreakSpace = "\xC2\xA0";

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

std::string ReaderText::number(double value) {
    char buffer[32];
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", value == 0 ? 0.0 : value);
    else
        std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

std::string ReaderText::trim(std::string_view text) {
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

std::string ReaderText::cell(const common::Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell))
        return trim(*text);
    if (const auto* value = std::get_if<double>(&cell))
        return number(*value);
    if (const auto* error = std::get_if<common::CellError>(&cell))
        return error->id;
    return {};
}

} // namespace concord::core::model
