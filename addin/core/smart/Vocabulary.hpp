#pragma once

#include "core/smart/Hints.hpp"
#include "core/smart/Lexicon.hpp"
#include "core/smart/Rule.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace concord::core::smart {

/// The compiled SMART vocabulary of registration/data/smart.json: word lists, phrase
/// patterns grouped into rules, and hint templates. Every word the analyser knows lives in
/// that file; the file's "_syntax" entry documents the pattern language (see also
/// Pattern). Loaded once and shared; immutable after loading.
class Vocabulary {
public:
    /// Reads and compiles the vocabulary file at `path`.
    /// Throws Error "smart.vocabulary_unreadable" (value: the path) when the file cannot be
    /// read, and what parse() throws when its content is wrong.
    static Vocabulary load(const std::string& path);

    /// Compiles the vocabulary in the JSON text `json`; `origin` names it in messages.
    /// Throws Error "smart.vocabulary_invalid" when the text is not JSON of the expected
    /// shape, a pattern refers to an unknown list, macro or class, an entry is not one
    /// token, a pattern has no required step or misplaces a negative or context element, an
    /// effect is unknown, hints.levels names an unknown list, a hint id of
    /// Hints::requiredIds() (or "level.<list>" of a level kind) is missing in "en" or
    /// "ru", a pattern expands to more than 10000 phrases, hints.startWords, wholeGoalWords or
    /// exampleWords is not a whole number from 1 to 1000, or there are more distinct atoms than
    /// AtomSet::capacity. The value names the offending item.
    static Vocabulary parse(const std::string& json, const std::string& origin);

    /// Returns the word-to-atom map used to tokenise goals.
    const Lexicon& lexicon() const { return _lexicon; }
    /// Returns the rules in the order they run.
    const std::vector<Rule>& rules() const { return _rules; }
    /// Returns the hint templates.
    const Hints& hints() const { return _hints; }
    /// Returns the number of atoms defined, built-in ones included.
    std::size_t atomCount() const { return _atomCount; }

private:
    Vocabulary() = default;
    friend class VocabularyCompiler;

    Lexicon _lexicon;
    std::vector<Rule> _rules;
    Hints _hints;
    std::size_t _atomCount = 0;
};

} // namespace concord::core::smart
