#include "GeneratorSheetTexts.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

#ifndef CONCORD_DATA_DIR
#error "CONCORD_DATA_DIR must be defined by CMake"
#endif

namespace concord::integration {

std::string GeneratorSheetTexts::text(const std::string& id, const std::string& language,
                                      const std::string& code) {
    static const nlohmann::json texts = [] {
        std::ifstream in(std::string(CONCORD_DATA_DIR) + "/sheets.json");
        if (!in)
            throw std::runtime_error("cannot read sheets.json");
        return nlohmann::json::parse(in).at("texts");
    }();
    if (!texts.contains(id))
        throw std::runtime_error("sheets.json has no " + id);
    std::string result = texts.at(id).at(language).get<std::string>();
    const std::string placeholder = "{code}";
    if (const auto at = result.find(placeholder); at != std::string::npos)
        result.replace(at, placeholder.size(), code);
    return result;
}

} // namespace concord::integration
