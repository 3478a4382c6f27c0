#pragma once

#include "cli/office/OfficeProcess.hpp"

#include <optional>
#include <string>
#include <vector>

namespace concord::integration {

/// What the Function Wizard knows about functions, read from the office's
/// com.sun.star.sheet.FunctionDescriptions service (keyed by display name in the UI
/// language), as plain UTF-8 strings.
class FunctionWizard {
public:
    struct Argument {
        std::string name;
        std::string description;
        bool isOptional = false;
    };
    struct Entry {
        std::string name;
        std::string description;
        int category = 0; ///< a com.sun.star.sheet.FunctionCategory constant
        std::vector<Argument> arguments;
    };

    explicit FunctionWizard(cli::OfficeProcess& office);

    /// The entry of the function with this display name, or nothing when the wizard has no
    /// such function.
    std::optional<Entry> find(const std::string& displayName) const;

private:
    cli::OfficeProcess& _office;
};

} // namespace concord::integration
