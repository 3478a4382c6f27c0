#include "FunctionCatalogueFile.hpp"

#include <fstream>
#include <stdexcept>

#ifndef CONCORD_DATA_DIR
#error "CONCORD_DATA_DIR (registration/data) must be defined by CMake"
#endif

namespace concord::integration {

nlohmann::json FunctionCatalogueFile::load() {
    const std::string path = std::string(CONCORD_DATA_DIR) + "/functions.json";
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    return nlohmann::json::parse(in);
}

} // namespace concord::integration
