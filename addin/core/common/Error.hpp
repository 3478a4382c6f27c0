#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace concord::core::common {

/// The one exception of the core: a category chosen where it is thrown, a stable id (e.g.
/// "kpi.target_zero"), a readable English message and, where known, the offending value.
/// The UNO boundary (addin/uno/Boundary.hpp) translates by category, never by id; the CLI
/// prints what() on one line.
class Error : public std::runtime_error {
public:
    /// Whose fault the error is, which decides what the user is shown.
    enum class Category {
        /// A bad argument of a spreadsheet function or a service call (Calc shows Err:502).
        Argument,
        /// The user's workbook, or the period asked for, cannot be used as it is.
        Input,
        /// A data file shipped with the extension is missing or broken.
        Configuration,
        /// A broken invariant of Concord itself.
        Internal,
    };

    Error(Category category, std::string id, const std::string& message, std::string value = {});

    Category category() const { return _category; }
    /// Stable identifier of the kind of error, for tests and translations.
    const std::string& id() const { return _id; }
    /// The bad input, as text, or empty.
    const std::string& value() const { return _value; }

private:
    Category _category;
    std::string _id;
    std::string _value;
};

} // namespace concord::core::common
