#include "core/smart/Vocabulary.hpp"

#include "core/common/Error.hpp"
#include "core/smart/VocabularyCompiler.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>

namespace concord::core::smart {

Vocabulary Vocabulary::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw common::Error(common::Error::Category::Configuration, "smart.vocabulary_unreadable",
                            "cannot read the SMART vocabulary", path);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw common::Error(common::Error::Category::Configuration, "smart.vocabulary_unreadable",
                            "cannot read the SMART vocabulary", path);
    return parse(text, path);
}

Vocabulary Vocabulary::parse(const std::string& json, const std::string& origin) {
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) { // parse_error, out_of_range (1e999)
        throw common::Error(common::Error::Category::Configuration, "smart.vocabulary_invalid",
                            origin + ": not JSON (" + e.what() + ")");
    }
    return VocabularyCompiler(origin).compile(root);
}

} // namespace concord::core::smart
