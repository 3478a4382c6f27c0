#include "core/model/Messages.hpp"

#include "core/common/DataFile.hpp"
#include "core/common/Error.hpp"
#include "core/common/Placeholders.hpp"

#include <nlohmann/json.hpp>

namespace concord::core::model {

namespace {

const char* const messagesKey = "messages";
const char* const atId = "input.at";

std::string templateOf(const nlohmann::json& message, const std::string& id, const char* language) {
    const auto found = message.find(language);
    if (found == message.end() || !found->is_string() || found->get<std::string>().empty())
        throw common::Error(common::Error::Category::Configuration, "messages.missing_language",
                            "message without a template", id + "." + language);
    return found->get<std::string>();
}

} // namespace

Messages::Messages(const nlohmann::json& data) {
    const auto messages = data.is_object() ? data.find(messagesKey) : data.end();
    if (!data.is_object() || messages == data.end() || !messages->is_object())
        throw common::Error(common::Error::Category::Configuration, "messages.invalid",
                            "the messages file has no \"messages\" object");
    for (const auto& item : messages->items()) {
        if (!item.value().is_object())
            throw common::Error(common::Error::Category::Configuration, "messages.invalid",
                                "a message is not an object", item.key());
        _texts[item.key()] = {templateOf(item.value(), item.key(), "en"),
                              templateOf(item.value(), item.key(), "ru")};
    }
}

Messages Messages::load(const std::string& path) {
    return Messages(common::readDataFile(path, "messages", "the messages file"));
}

bool Messages::has(const std::string& id) const {
    return _texts.count(id) != 0;
}

std::vector<std::string> Messages::ids() const {
    std::vector<std::string> ids;
    for (const auto& entry : _texts)
        ids.push_back(entry.first);
    return ids;
}

std::string Messages::text(const std::string& id, const std::vector<std::string>& args,
                           common::Language language) const {
    const auto found = _texts.find(id);
    if (found == _texts.end())
        throw common::Error(common::Error::Category::Configuration, "messages.unknown_id",
                            "no such message", id);
    return common::Placeholders::numbered(
        language == common::Language::Ru ? found->second.ru : found->second.en, args);
}

std::string Messages::render(const Problem& problem, common::Language language) const {
    return text(atId,
                {problem.at.sheet, problem.at.address(), text(problem.id, problem.args, language)},
                language);
}

} // namespace concord::core::model
