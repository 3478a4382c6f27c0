#pragma once

#include "core/common/Language.hpp"

#include <string>

namespace concord::core::common {

/// The one place numbers become text: as a user types them, in sentences and hints, and as
/// percentages; Russian takes a decimal comma where a sentence shows the number.
class NumberText {
public:
    /// The number as a user types it: 101 → "101", 0.5 → "0.5", −3 → "-3", −0 → "0",
    /// 1e20 → "1e+20", NaN → "nan" (up to 15 significant digits, no trailing zeros).
    static std::string typed(double value);

    /// A number for a hint: rounded to 6 significant digits, written without an exponent
    /// below 1e15 (1e6 → "1000000", 1234567.89 → "1234570"), decimal comma in Russian.
    static std::string hint(double value, Language language);

    /// A number for a sentence: at most 2 decimals, no trailing zeros, −0 as "0", a decimal
    /// comma in Russian ("1234.5" / "1234,5").
    static std::string sentence(double value, Language language);

    /// A ratio as a percentage with one decimal, rounded half away from zero on the tenths
    /// of a percent, with a decimal comma in Russian: 0.85 → "85.0" (ru "85,0"),
    /// 0.7973 → "79.7", 1.2 → "120.0". The "%" sign belongs to the sentence around it.
    static std::string percent(double ratio, Language language);

    /// `text` with its decimal point written as a comma in Russian, unchanged in English.
    static std::string decimalMark(std::string text, Language language);
};

} // namespace concord::core::common
