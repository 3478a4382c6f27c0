#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace concord::integration {

/// registration/data/ui.json (path CONCORD_DATA_DIR), the words of the panel and the
/// commands, read independently of the extension, so that tests compare what the panel
/// shows with the data file rather than with literals in two places.
class SidebarTexts {
public:
    /// The parsed file. Throws nlohmann::json::exception or std::runtime_error when it is
    /// missing or not JSON.
    static const nlohmann::json& all();
    /// The text id in language ("en" or "ru"), with {1}, {2}… replaced by args.
    static std::string text(const std::string& id, const std::string& language = "en",
                            const std::vector<std::string>& args = {});
};

} // namespace concord::integration
