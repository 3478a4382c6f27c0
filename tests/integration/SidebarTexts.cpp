#include "SidebarTexts.hpp"

#include <fstream>
#include <stdexcept>

#ifndef CONCORD_DATA_DIR
#error "CONCORD_DATA_DIR (registration/data) must be defined by CMake"
#endif

namespace concord::integration {

const nlohmann::json& SidebarTexts::all() {
    static const nlohmann::json texts = [] {
        std::ifstream in(std::string(CONCORD_DATA_DIR) + "/ui.json");
        if (!in)
            throw std::runtime_error("cannot read " CONCORD_DATA_DIR "/ui.json");
        return nlohmann::json::parse(in);
    }();
    return texts;
}

std::string SidebarTexts::text(const std::string& id, const std::string& language,
                               const std::vector<std::string>& args) {
    std::string result = all().at(id).at(language).get<std::string>();
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string placeholder = "{" + std::to_string(i + 1) + "}";
        for (auto at = result.find(placeholder); at != std::string::npos;
             at = result.find(placeholder, at + args[i].size()))
            result.replace(at, placeholder.size(), args[i]);
    }
    return result;
}

} // namespace concord::integration
