#pragma once

#include "core/functions/Catalogue.hpp"
#include "core/functions/Library.hpp"

#include <memory>
#include <string>

namespace concord::uno {

/// What the component loads once from the data files shipped beside its library in the
/// extension (data/functions.json, words.json, smart.json).
class Runtime {
public:
    /// The loaded runtime; the first call reads the files and checks the catalogue against
    /// the IDL. Throws a configuration core::common::Error when a file is missing or broken;
    /// that failure is kept, and every later call throws it again without reading.
    static const Runtime& instance();

    const core::functions::Catalogue& catalogue() const { return _catalogue; }
    const core::functions::Library& functions() const { return *_functions; }

private:
    explicit Runtime(const std::string& dataDir);

    core::functions::Catalogue _catalogue;
    std::unique_ptr<core::functions::Library> _functions;
};

/// The folder of the extension's data files: "data" beside this shared library.
std::string dataDirectory();

} // namespace concord::uno
