#include "core/common/DataFile.hpp"

#include "core/common/Error.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

namespace concord::core::common {

nlohmann::json readDataFile(const std::string& path, const std::string& kind,
                            const std::string& name) {
    std::ifstream stream(path);
    if (!stream)
        throw Error(Error::Category::Configuration, kind + ".file_missing", "cannot open " + name,
                    path);
    nlohmann::json data = nlohmann::json::parse(stream, nullptr, false);
    if (data.is_discarded())
        throw Error(Error::Category::Configuration, kind + ".invalid_json",
                    name + " is not valid JSON", path);
    return data;
}

} // namespace concord::core::common
