#pragma once

#include "core/smart/Vocabulary.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace concord::core::smart {

/// Turns the JSON of smart.json into a Vocabulary: gives every list, literal and stem
/// an atom, fills the lexicon, expands macros ("{date}") and compiles patterns and hints.
/// Used by Vocabulary::parse(); one compiler compiles one vocabulary.
class VocabularyCompiler {
public:
    /// `origin` names the vocabulary (a path) in error messages.
    explicit VocabularyCompiler(std::string origin);

    /// Returns the compiled vocabulary of `root`.
    /// Throws Error "smart.vocabulary_invalid" as documented at Vocabulary::parse().
    Vocabulary compile(const nlohmann::json& root);

private:
    void compileLists(const nlohmann::json& lists);
    void readMacros(const nlohmann::json& macros);
    void compileRules(const nlohmann::json& rules);
    void compileHints(const nlohmann::json& hints);
    /// hints[key] (startWords, wholeGoalWords, exampleWords), or fallback when absent; fails
    /// unless it is a whole number from 1 to 1000.
    int wordCount(const nlohmann::json& hints, const char* key, int fallback) const;
    /// The phrases a written pattern stands for, its macros expanded. Fails past 10000
    /// phrases, past 8 nested macros, and on an unclosed or unknown macro.
    std::vector<std::string> expand(const std::string& written) const;
    void expand(const std::string& written, const std::string& pattern, int depth,
                std::vector<std::string>& out) const;
    Pattern compilePattern(const std::string& source);
    std::uint16_t atomForAlternative(const std::string& alternative, const std::string& source);
    std::uint16_t atom(const std::string& key);
    std::string singleToken(const std::string& text, const std::string& context) const;
    [[noreturn]] void fail(const std::string& message, const std::string& value) const;

    std::string _origin;
    Vocabulary _vocabulary;
    std::unordered_map<std::string, std::uint16_t> _atoms;
    std::map<std::string, std::vector<std::string>> _macros;
};

} // namespace concord::core::smart
