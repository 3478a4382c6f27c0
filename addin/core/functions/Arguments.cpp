#include "core/functions/Arguments.hpp"

#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"
#include "core/common/NumberText.hpp"
#include "core/common/Trim.hpp"

#include <cmath>
#include <cstdio>

namespace concord::core::functions {

void Arguments::reject(std::size_t index, const char* id, const std::string& what,
                       const std::string& value) const {
    if (_arrayCall)
        throw SkipPosition{};
    throw common::Error(common::Error::Category::Argument, id, _specs[index].name + ": " + what,
                        value);
}

std::optional<double> Arguments::optionalNumber(std::size_t index) const {
    const common::Cell& cell = *_cells[index];
    if (const double* value = std::get_if<double>(&cell)) {
        if (!std::isfinite(*value))
            reject(index, "arg.not_finite", "expected a finite number",
                   common::NumberText::typed(*value));
        if (*value == 0 && _specs[index].zeroMeansMissing)
            return std::nullopt;
        return *value;
    }
    if (const std::string* text = std::get_if<std::string>(&cell)) {
        if (common::Trim::isBlank(*text))
            return std::nullopt;
        reject(index, "arg.not_a_number", "expected a number", *text);
    }
    if (std::holds_alternative<common::CellError>(cell))
        reject(index, "arg.error", "the argument is an error",
               std::get<common::CellError>(cell).id);
    return std::nullopt;
}

double Arguments::number(std::size_t index) const {
    std::optional<double> value = optionalNumber(index);
    if (!value)
        reject(index, "arg.missing", "a value is required", "");
    return *value;
}

std::optional<double> Arguments::optionalDate(std::size_t index) const {
    // Calc's own dates run from year -32768 to 32767; keep inside what a date can mean in
    // a scorecard and what CivilDate and a long hold: years 1 to 9999.
    static const long nullDay = common::daysFromCivil(common::CivilDate{1899, 12, 30});
    static const double first =
        static_cast<double>(common::daysFromCivil(common::CivilDate{1, 1, 1}) - nullDay);
    static const double last =
        static_cast<double>(common::daysFromCivil(common::CivilDate{9999, 12, 31}) - nullDay);
    std::optional<double> serial = optionalNumber(index);
    if (serial && (*serial < first || *serial > last))
        reject(index, "arg.date_range", "expected a date in years 1-9999",
               common::NumberText::typed(*serial));
    return serial;
}

double Arguments::date(std::size_t index) const {
    std::optional<double> serial = optionalDate(index);
    if (!serial)
        reject(index, "arg.missing", "a value is required", "");
    return *serial;
}

std::optional<std::string> Arguments::optionalText(std::size_t index) const {
    const common::Cell& cell = *_cells[index];
    if (const std::string* text = std::get_if<std::string>(&cell)) {
        if (common::Trim::isBlank(*text))
            return std::nullopt;
        return *text;
    }
    if (const double* value = std::get_if<double>(&cell)) {
        // An empty cell reference reaches an add-in as 0, and 0 is never a meaningful name,
        // owner or goal: for a text argument 0 is always "not given".
        if (*value == 0)
            return std::nullopt;
        return common::NumberText::typed(*value);
    }
    return std::nullopt;
}

} // namespace concord::core::functions
