#pragma once

#include "core/smart/Effect.hpp"
#include "core/smart/Pattern.hpp"
#include "core/smart/Token.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace concord::core::smart {

/// A named group of patterns with one effect, e.g. "deadline" → Time. Rules run in the
/// vocabulary's order; tokens matched by an earlier rule are not available to later ones.
///
/// The patterns are merged into a tree of steps, so that patterns sharing a beginning (as
/// macro expansion makes many do: "by ?the ?@edge ?of ?the {date}") test it once.
class Rule {
public:
    /// Builds the rule and its step tree.
    Rule(std::string id, Effect effect, std::vector<Pattern> patterns);

    /// Returns the end of the longest match of any pattern starting at token `pos` that
    /// uses only tokens whose `claimed` flag is 0; returns `pos` when nothing matches.
    /// Context steps must match too (claimed or not) but end the match where they begin.
    /// `tokens` and `claimed` have `count` elements.
    std::size_t longestMatch(const Token* tokens, std::size_t count, const std::uint8_t* claimed,
                             std::size_t pos) const;

    /// Returns the rule's id as written in the vocabulary ("deadline").
    const std::string& id() const { return _id; }
    /// Returns what a match means.
    Effect effect() const { return _effect; }
    /// Returns every atom a match may start with (the first step, and the next ones while
    /// they are optional): a token without one of them starts no match.
    const AtomSet& firstAtoms() const { return _firstAtoms; }
    /// Returns the compiled patterns, in vocabulary order.
    const std::vector<Pattern>& patterns() const { return _patterns; }

private:
    struct Node {
        Pattern::Step step;
        std::vector<std::uint32_t> children;
        bool terminal = false; ///< a pattern ends here
        /// The step's atoms as a list when it has at most 4 (testing a few bits is faster
        /// than intersecting whole sets); fewCount 0 means "use step.atoms".
        std::array<std::uint16_t, 4> few{};
        std::uint8_t fewCount = 0;
    };

    /// Returns whether token `token` may be matched by the step of node `node`.
    static bool fits(const Node& node, const Token& token);

    struct Walk {
        const Token* tokens;
        std::size_t count;
        const std::uint8_t* claimed;
        std::size_t best;
    };

    /// Walks on from `node` at token `pos`; `end` is where the match ends when it ends in
    /// context (`noEnd` before any context step).
    void walk(std::uint32_t node, std::size_t pos, std::size_t end, Walk& state) const;
    static constexpr std::size_t noEnd = ~std::size_t(0);

    std::string _id;
    Effect _effect;
    std::vector<Pattern> _patterns;
    std::vector<Node> _nodes;                            // [0] is the root, without a step
    std::vector<std::vector<std::uint32_t>> _rootByAtom; // atom -> children of the root
    std::vector<std::uint32_t> _optionalRoots;           // root children that may be skipped
    AtomSet _firstAtoms;                                 // union: skips most tokens at once
    AtomSet _rootAtoms;                                  // atoms with an entry in _rootByAtom
};

} // namespace concord::core::smart
