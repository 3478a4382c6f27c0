#include "core/cli/CliTexts.hpp"

#include "core/common/Error.hpp"
#include "core/common/Placeholders.hpp"

#include <nlohmann/json.hpp>

namespace concord::core::cli {

namespace {

const std::string aboutKey = "about";

common::Error invalid(const std::string& what, const std::string& id) {
    return common::Error(common::Error::Category::Configuration, "cli.texts_invalid", what, id);
}

std::string requireText(const nlohmann::json& entry, const char* language, const std::string& id) {
    const auto found = entry.find(language);
    if (found == entry.end() || !found->is_string() || found->get<std::string>().empty())
        throw invalid(std::string("the text has no non-empty \"") + language + "\" string", id);
    return found->get<std::string>();
}

} // namespace

CliTexts::CliTexts(const nlohmann::json& data) {
    if (!data.is_object())
        throw invalid("the command line texts must be a JSON object", "cli.json");
    for (const auto& [id, entry] : data.items()) {
        if (id == aboutKey)
            continue;
        if (!entry.is_object())
            throw invalid("a text must be an object {en, ru}", id);
        _texts.emplace(id,
                       std::make_pair(requireText(entry, "en", id), requireText(entry, "ru", id)));
    }
}

CliTexts CliTexts::parse(std::string_view json) {
    nlohmann::json data = nlohmann::json::parse(json, nullptr, false);
    if (data.is_discarded())
        throw invalid("the command line texts are not JSON", "cli.json");
    return CliTexts(data);
}

std::string CliTexts::text(std::string_view id, common::Language language,
                           const std::vector<std::string>& args) const {
    const auto found = _texts.find(id);
    if (found == _texts.end())
        throw common::Error(common::Error::Category::Configuration, "cli.text_unknown",
                            "no command line text has this id", std::string(id));
    return common::Placeholders::numbered(
        language == common::Language::Ru ? found->second.second : found->second.first, args);
}

std::vector<std::string> CliTexts::ids() const {
    std::vector<std::string> result;
    for (const auto& entry : _texts)
        result.push_back(entry.first);
    return result;
}

} // namespace concord::core::cli
