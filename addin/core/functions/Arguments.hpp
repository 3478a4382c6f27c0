#pragma once

#include "core/common/Grid.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>

namespace concord::core::functions {

/// How one argument of a sheet function is read (from the function catalogue).
struct ArgumentSpec {
    std::string name;              ///< English display name, for messages
    bool zeroMeansMissing = false; ///< an empty cell reference arrives as 0: read it as "not given"
};

/// Thrown by Arguments when a position of an array call has no usable value: the
/// position's result is left empty, like text in a range for a Calc function.
struct SkipPosition {};

/// The cells of one position of a sheet-function call, read by the argument rules of
/// DESIGN §4: void or empty text is "not given"; 0 is "not given" for the arguments marked
/// zeroMeansMissing. In a scalar call a missing required argument or a text where a number
/// is expected throws Error; in an array call it throws SkipPosition instead.
class Arguments {
public:
    Arguments(const common::Cell* const* cells, const ArgumentSpec* specs, bool arrayCall)
        : _cells(cells), _specs(specs), _arrayCall(arrayCall) {}

    /// A required number; throws Error "arg.missing" / "arg.not_a_number" or SkipPosition.
    double number(std::size_t index) const;
    /// An optional number, nullopt when not given; text throws like number() does.
    std::optional<double> optionalNumber(std::size_t index) const;
    /// A required date: a number (Calc's date serial) in years 1-9999, counted from Calc's
    /// default null date 1899-12-30 (a few days more or less for the other null dates, a
    /// plausibility bound, not a calendar check); throws like number(), and Error
    /// "arg.date_range" (or SkipPosition) outside those years.
    double date(std::size_t index) const;
    /// An optional date, nullopt when not given; read like date().
    std::optional<double> optionalDate(std::size_t index) const;
    /// An optional text (numbers are written without a trailing ".0"), nullopt when empty or 0.
    std::optional<std::string> optionalText(std::size_t index) const;
    /// The raw cell, for arguments that accept words or numbers (direction, frequency).
    const common::Cell& cell(std::size_t index) const { return *_cells[index]; }
    const ArgumentSpec& spec(std::size_t index) const { return _specs[index]; }
    bool arrayCall() const { return _arrayCall; }

private:
    [[noreturn]] void reject(std::size_t index, const char* id, const std::string& what,
                             const std::string& value) const;

    const common::Cell* const* _cells;
    const ArgumentSpec* _specs;
    bool _arrayCall;
};

} // namespace concord::core::functions
