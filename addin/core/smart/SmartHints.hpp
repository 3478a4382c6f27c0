#pragma once

#include "core/smart/Language.hpp"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core {

/// The hint sentences of smart.json, in English and Russian, and how they are filled in.
///
/// A template names its blanks in braces: {start} (the goal's opening words), {target},
/// {baseline}, {low}, {high}. Numbers are written with up to 6 significant digits, with a
/// decimal comma in Russian.
class SmartHints {
public:
    /// The hint ids the analyser uses; each must exist in both languages.
    static const std::vector<std::string>& requiredIds();

    /// Stores `text` as the template `id` of `language`.
    void setTemplate(Language language, const std::string& id, std::string text);
    /// Returns whether the template `id` exists in `language`.
    bool has(Language language, const std::string& id) const;
    /// Sets how many words of the goal {start} quotes: the whole goal when it has at most
    /// `wholeGoalWords` words, else its first `startWords` words and "…".
    void setStartWords(int startWords, int wholeGoalWords);

    /// Returns the template `id` of `language` with its blanks filled from `values`
    /// (name without braces, text); unknown blanks stay as written. Precondition: has().
    std::string format(Language language, const std::string& id,
                       const std::vector<std::pair<std::string_view, std::string>>& values) const;

    /// Returns the opening words of `goal` for {start}: see setStartWords(). Trailing
    /// punctuation of the last word is dropped.
    std::string start(std::string_view goal) const;

    /// Returns `value` written for `language`: "1.5" or "1,5", "250000", "0.25".
    static std::string number(double value, Language language);

private:
    std::array<std::map<std::string, std::string>, 2> _templates;
    int _startWords = 4;
    int _wholeGoalWords = 6;
};

} // namespace concord::core
