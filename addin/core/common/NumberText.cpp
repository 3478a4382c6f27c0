#include "core/common/NumberText.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace concord::core::common {

std::string NumberText::typed(double value) {
    char buffer[32];
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", value == 0 ? 0.0 : value);
    else
        std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

std::string NumberText::hint(double value, Language language) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6g", value); // round to 6 significant digits
    std::snprintf(buffer, sizeof buffer, "%.15g", std::strtod(buffer, nullptr)); // no 1e+06
    return decimalMark(buffer, language);
}

std::string NumberText::sentence(double value, Language language) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", std::round(value * 100) / 100);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    if (text == "-0")
        text = "0";
    return decimalMark(text, language);
}

std::string NumberText::percent(double ratio, Language language) {
    // Tenths of a percent first, so that 0.975 (stored as 0.97499…) reads 97.5 as written.
    const double tenths = std::round(ratio * 1000.0);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", tenths / 10.0 == 0 ? 0.0 : tenths / 10.0);
    return decimalMark(buffer, language);
}

std::string NumberText::decimalMark(std::string text, Language language) {
    if (language == Language::Ru)
        if (const auto point = text.find('.'); point != std::string::npos)
            text[point] = ',';
    return text;
}

} // namespace concord::core::common
