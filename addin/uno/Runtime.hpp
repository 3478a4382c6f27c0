#pragma once

#include "core/FunctionCatalogue.hpp"
#include "core/SheetFunctions.hpp"

#include <memory>
#include <string>

namespace concord::uno {

/// What the component loads once from the data files shipped beside its library in the
/// extension (data/functions.json, words.json, smart.json).
class Runtime {
public:
    /// The loaded runtime; the first call reads the files. Throws core::Error when a
    /// file is missing or invalid (the next call tries again).
    static const Runtime& instance();

    const core::FunctionCatalogue& catalogue() const { return _catalogue; }
    const core::SheetFunctions& functions() const { return *_functions; }

private:
    explicit Runtime(const std::string& dataDir);

    core::FunctionCatalogue _catalogue;
    std::unique_ptr<core::SheetFunctions> _functions;
};

/// The folder of the extension's data files: "data" beside this shared library.
std::string dataDirectory();

} // namespace concord::uno
