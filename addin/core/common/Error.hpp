#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace concord::core::common {

/// The one exception of the core: a stable id (e.g. "kpi.target_zero"), a readable
/// English message and, where known, the offending value and the sheet/cell it came from.
/// The UNO layer maps it to IllegalArgumentException (Calc shows Err:502); the CLI prints
/// what() on one line.
class Error : public std::runtime_error {
public:
    Error(std::string id, const std::string& message, std::string value = {});

    /// Stable identifier of the kind of error, for tests and translations.
    const std::string& id() const { return _id; }
    /// The bad input, as text, or empty.
    const std::string& value() const { return _value; }

private:
    std::string _id;
    std::string _value;
};

} // namespace concord::core::common
