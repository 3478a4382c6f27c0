#pragma once

#include "core/smart/AtomSet.hpp"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace concord::core::smart {

/// Maps folded words to atoms: exact words ("by") and stems ("квартал*" matches "квартал",
/// "квартала", "кварталу"…). A byte trie, so one walk over a token finds every exact entry
/// and every stem that is a prefix of it. While words are added, the nodes live in one array,
/// each with its first child and next sibling; freeze() then indexes every edge in a hash
/// table, so that a lookup costs one probe per byte.
class Lexicon {
public:
    Lexicon();

    /// Makes the folded word `word` carry `atom`.
    void addWord(std::string_view word, std::uint16_t atom);
    /// Makes every folded token that starts with `stem` carry `atom`.
    void addStem(std::string_view stem, std::uint16_t atom);
    /// Adds to `atoms` the atoms of the folded token `token`, and to `rules` the rules that
    /// may start with one of them (see setRuleMasks()).
    void lookup(std::string_view token, AtomSet& atoms, std::uint64_t& rules) const;

    /// Sets, for every atom, the rules that may start with it (bit i: rule i, i < 64), and
    /// indexes the trie's edges in a hash table for lookup(); the last step of compiling a
    /// vocabulary (a word added later drops the index, and lookups get slower).
    void freeze(const std::vector<std::uint64_t>& rulesByAtom);
    /// Returns the rules that may start with one of the built-in atoms of `atoms`.
    std::uint64_t builtinRules(const AtomSet& atoms) const;

private:
    static constexpr std::uint32_t none = 0; // node 0 is the root: never a child

    struct Node {
        std::uint32_t firstChild = none;
        std::uint32_t nextSibling = none;
        std::int32_t exact = -1; // index into _sets
        std::int32_t stem = -1;
        unsigned char byte = 0;
    };

    std::uint32_t child(std::uint32_t node, unsigned char byte) const;
    std::uint32_t descend(std::string_view key);
    static void addTo(std::vector<AtomSet>& sets, std::int32_t& slot, std::uint16_t atom);

    std::vector<Node> _nodes;
    std::array<std::uint32_t, 256> _rootChildren{};
    std::vector<AtomSet> _sets;
    std::vector<std::uint64_t> _setRules;     // by index into _sets
    std::vector<std::uint64_t> _builtinRules; // by built-in atom
    // after freeze(): edge (parent node, byte) -> child, open addressing, linear probing
    std::vector<std::uint64_t> _edgeKeys; // (parent << 8 | byte) + 1; 0 is empty
    std::vector<std::uint32_t> _edgeChildren;
    std::uint32_t _edgeShift = 64;
};

} // namespace concord::core::smart
