#pragma once

#include "core/smart/SmartAtomSet.hpp"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core {

/// Maps folded words to atoms: exact words ("by") and stems ("квартал*" matches "квартал",
/// "квартала", "кварталу"…). A byte trie, so one walk over a token finds every exact entry
/// and every stem that is a prefix of it.
class SmartLexicon {
public:
    SmartLexicon();

    /// Makes the folded word `word` carry `atom`.
    void addWord(std::string_view word, std::uint16_t atom);
    /// Makes every folded token that starts with `stem` carry `atom`.
    void addStem(std::string_view stem, std::uint16_t atom);
    /// Adds to `atoms` the atoms of the folded token `token`.
    void lookup(std::string_view token, SmartAtomSet& atoms) const;

private:
    struct Node {
        std::vector<std::pair<unsigned char, std::uint32_t>> children; // sorted by byte
        std::int32_t exact = -1;                                       // index into _sets
        std::int32_t stem = -1;
    };

    std::uint32_t descend(std::string_view key);
    static void addTo(std::vector<SmartAtomSet>& sets, std::int32_t& slot, std::uint16_t atom);

    std::vector<Node> _nodes;
    std::vector<SmartAtomSet> _sets;
};

} // namespace concord::core
