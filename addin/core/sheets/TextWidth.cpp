#include "core/sheets/TextWidth.hpp"

#include "core/common/Utf8.hpp"

#include <cmath>
#include <cstdint>

namespace concord::core::sheets {

namespace {

/// Advances in 1/1000 em of Liberation Sans (metric-compatible with Arial), rounded up to the
/// widest member of each class, so that no run of characters is under-estimated.
int advance(std::uint32_t c) {
    if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '!' ||
        c == '|' || c == 'i' || c == 'j' || c == 'l')
        return 333;
    if (c == '-' || c == '(' || c == ')' || c == '/' || c == 'f' || c == 't' || c == 'r')
        return 400;
    if (c >= '0' && c <= '9')
        return 556;
    if (c == 'm' || c == 'w')
        return 833;
    if (c >= 'a' && c <= 'z')
        return 556;
    if (c == '%')
        return 889;
    if (c == 'M' || c == 'W')
        return 944;
    if (c >= 'A' && c <= 'Z')
        return 778;
    if (c < 0x80)
        return 1015;                // '@' is the widest of the rest
    if (c >= 0x0430 && c <= 0x045F) // Cyrillic small letters, ё included
        return (c == 0x0436 || c == 0x043C || c == 0x0444 || c == 0x0448 || c == 0x0449 ||
                c == 0x044B || c == 0x044E)
                   ? 833
                   : 625;
    if (c >= 0x0400 && c <= 0x042F) // Cyrillic capitals, Ё included
        return 1000;
    return 1100; // symbols (●, ✓, dashes, quotes) and other scripts, from fallback fonts
}

/// 10 pt in 1/100 mm: one em.
constexpr double emWidth = 352.8;
/// Bold Liberation Sans is up to ~11 % wider than regular.
constexpr double boldFactor = 1.12;
/// Calc's cell margins and its extra width on an optimal column (STD_EXTRA_WIDTH, ~0.2 cm).
constexpr int margins = 300;

} // namespace

int textWidth(std::string_view text, bool bold) {
    long units = 0;
    for (std::size_t i = 0; i < text.size();)
        units += advance(static_cast<std::uint32_t>(common::Utf8::decode(text, i)));
    const double width = static_cast<double>(units) / 1000.0 * emWidth * (bold ? boldFactor : 1.0);
    return static_cast<int>(std::ceil(width)) + margins;
}

} // namespace concord::core::sheets
