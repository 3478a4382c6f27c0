#include "core/share/Texts.hpp"

#include "core/common/CivilDate.hpp"
#include "core/common/DataFile.hpp"
#include "core/common/Error.hpp"
#include "core/common/NumberText.hpp"
#include "core/common/Placeholders.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace concord::core::share {

Texts Texts::load(const std::string& path) {
    const nlohmann::json data = common::readDataFile(path, "share", "the sharing texts file");
    Texts texts;
    const auto found = data.find("texts");
    if (found == data.end() || !found->is_object())
        throw common::Error(common::Error::Category::Configuration, "share.texts_invalid",
                            "share.json has no \"texts\" object", path);
    for (const auto& [id, entry] : found->items()) {
        if (!entry.is_object() || !entry.contains("en") || !entry.contains("ru") ||
            !entry["en"].is_string() || !entry["ru"].is_string())
            throw common::Error(common::Error::Category::Configuration, "share.texts_invalid",
                                "share.json: \"" + id + "\" needs an en and a ru text", id);
        texts._texts.emplace(
            id, std::make_pair(entry["en"].get<std::string>(), entry["ru"].get<std::string>()));
    }
    return texts;
}

const std::string& Texts::text(std::string_view id, common::Language language) const {
    const auto found = _texts.find(id);
    if (found == _texts.end())
        throw common::Error(common::Error::Category::Internal, "share.unknown_text",
                            "share.json has no text \"" + std::string(id) + "\"", std::string(id));
    return language == common::Language::Ru ? found->second.second : found->second.first;
}

std::string Texts::format(std::string_view id, common::Language language,
                          const std::vector<std::string>& args) const {
    return common::Placeholders::numbered(text(id, language), args);
}

std::string Texts::date(long day, common::Language language) {
    const common::CivilDate d = common::civilFromDays(day);
    char buffer[32];
    if (language == common::Language::Ru)
        std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d", d.day, d.month, d.year);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buffer;
}

std::string Texts::number(double value, common::Language language) {
    return common::NumberText::decimalMark(common::NumberText::typed(value), language);
}

std::vector<std::string> Texts::ids() const {
    std::vector<std::string> out;
    for (const auto& entry : _texts)
        out.push_back(entry.first);
    return out;
}

} // namespace concord::core::share
