#pragma once

#include <nlohmann/json.hpp>

namespace concord::integration {

/// registration/data/functions.json, the function catalogue the add-in answers from (path
/// CONCORD_DATA_DIR given by CMake), read independently of the add-in's own reader.
class FunctionCatalogueFile {
public:
    /// The parsed file. Throws nlohmann::json::exception or std::runtime_error when it is
    /// missing or not JSON.
    static nlohmann::json load();
};

} // namespace concord::integration
