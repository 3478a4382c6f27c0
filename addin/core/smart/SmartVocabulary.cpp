#include "core/smart/SmartVocabulary.hpp"

#include "core/Error.hpp"
#include "core/smart/SmartVocabularyCompiler.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>

namespace concord::core {

SmartVocabulary SmartVocabulary::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("smart.vocabulary_unreadable", "cannot read the SMART vocabulary", path);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw Error("smart.vocabulary_unreadable", "cannot read the SMART vocabulary", path);
    return parse(text, path);
}

SmartVocabulary SmartVocabulary::parse(const std::string& json, const std::string& origin) {
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json);
    } catch (const nlohmann::json::parse_error& e) {
        throw Error("smart.vocabulary_invalid", origin + ": not JSON (" + e.what() + ")");
    }
    return SmartVocabularyCompiler(origin).compile(root);
}

} // namespace concord::core
