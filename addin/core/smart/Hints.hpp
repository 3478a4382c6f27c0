#pragma once

#include "core/smart/Language.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core::smart {

/// The hint sentences of smart.json, in English and Russian, and how they are filled in.
///
/// A template names its blanks in braces: {start} (the goal's opening words), {example} (the
/// goal with the missing part put in: a level or a deadline), {target}, {baseline}, {low},
/// {high}. Numbers are written with up to 6 significant digits, with a decimal comma in
/// Russian. Besides sentences, a language holds the texts put into examples: "example.deadline"
/// ("by 31.12.2026") and one "level.<kind>" per kind of indicator ("to 25%" for a share).
class Hints {
public:
    /// A kind of indicator whose level example the hints know: the vocabulary list that
    /// names such indicators ("hintShare": share, доля…) and its atom.
    struct LevelKind {
        std::string list;
        std::uint16_t atom = 0;
    };

    /// The hint ids the analyser uses; each must exist in both languages (and, for each
    /// level kind, "level.<list>").
    static const std::vector<std::string>& requiredIds();

    /// Stores `text` as the template `id` of `language`.
    void setTemplate(common::Language language, const std::string& id, std::string text);
    /// Returns whether the template `id` exists in `language`.
    bool has(common::Language language, const std::string& id) const;
    /// Returns the template or example text `id` of `language`. Precondition: has().
    const std::string& text(common::Language language, const std::string& id) const;
    /// Sets how many words of the goal {start} quotes: the whole goal when it has at most
    /// `wholeGoalWords` words, else its first `startWords` words and "…"; and how many words
    /// an example keeps on each side of what it puts in (see example()).
    void setStartWords(int startWords, int wholeGoalWords, int exampleWords);
    /// Sets the kinds of indicator with a level example, in the order they are tried.
    void setLevelKinds(std::vector<LevelKind> kinds) { _levelKinds = std::move(kinds); }
    /// Returns the kinds of indicator with a level example, in the order they are tried.
    const std::vector<LevelKind>& levelKinds() const { return _levelKinds; }
    /// Sets the atom of the list of words that say the indicator goes down ("reduce"); with
    /// one of them in the goal, "level.<list>.down" is the level example where it exists.
    void setDownAtom(std::optional<std::uint16_t> atom) { _downAtom = atom; }
    /// Returns the atom set by setDownAtom(), if any.
    std::optional<std::uint16_t> downAtom() const { return _downAtom; }

    /// Returns the template `id` of `language` with its blanks filled from `values`
    /// (name without braces, text); unknown blanks stay as written. Precondition: has().
    std::string format(common::Language language, const std::string& id,
                       const std::vector<std::pair<std::string_view, std::string>>& values) const;

    /// Returns the opening words of `goal` for {start}: see setStartWords(). Trailing
    /// punctuation of the last word is dropped.
    std::string start(std::string_view goal) const;

    /// Returns `goal` with `insertion` put in at byte `at` (a word boundary), for {example}:
    /// "Increase the share of online sales" + "to 25%" + "in 2027". Trailing punctuation of
    /// the goal is dropped; at most the example word count is kept on each side of the
    /// insertion, the cut marked with "…". Precondition: at <= goal.size().
    std::string example(std::string_view goal, std::size_t at, std::string_view insertion) const;

private:
    /// Splits `text` at ASCII white space.
    static std::vector<std::string_view> words(std::string_view text);
    /// Joins words [from, to) with spaces and drops trailing punctuation.
    static std::string join(const std::vector<std::string_view>& words, std::size_t from,
                            std::size_t to);

    std::array<std::map<std::string, std::string>, 2> _templates;
    std::vector<LevelKind> _levelKinds;
    std::optional<std::uint16_t> _downAtom;
    int _startWords = 4;
    int _wholeGoalWords = 6;
    int _exampleWords = 10;
};

} // namespace concord::core::smart
