#include "core/smart/SmartLexicon.hpp"

#include <algorithm>

namespace concord::core {

SmartLexicon::SmartLexicon() : _nodes(1) {}

void SmartLexicon::addWord(std::string_view word, std::uint16_t atom) {
    const std::uint32_t node = descend(word);
    addTo(_sets, _nodes[node].exact, atom);
}

void SmartLexicon::addStem(std::string_view stem, std::uint16_t atom) {
    const std::uint32_t node = descend(stem);
    addTo(_sets, _nodes[node].stem, atom);
}

void SmartLexicon::lookup(std::string_view token, SmartAtomSet& atoms) const {
    std::uint32_t node = 0;
    for (char c : token) {
        const auto& children = _nodes[node].children;
        const auto byte = static_cast<unsigned char>(c);
        const auto it = std::lower_bound(children.begin(), children.end(), byte,
                                         [](const std::pair<unsigned char, std::uint32_t>& edge,
                                            unsigned char b) { return edge.first < b; });
        if (it == children.end() || it->first != byte)
            return;
        node = it->second;
        if (_nodes[node].stem >= 0)
            atoms |= _sets[std::size_t(_nodes[node].stem)];
    }
    if (_nodes[node].exact >= 0)
        atoms |= _sets[std::size_t(_nodes[node].exact)];
}

std::uint32_t SmartLexicon::descend(std::string_view key) {
    std::uint32_t node = 0;
    for (char c : key) {
        const auto byte = static_cast<unsigned char>(c);
        auto& children = _nodes[node].children;
        auto it = std::lower_bound(children.begin(), children.end(), byte,
                                   [](const std::pair<unsigned char, std::uint32_t>& edge,
                                      unsigned char b) { return edge.first < b; });
        if (it != children.end() && it->first == byte) {
            node = it->second;
            continue;
        }
        const auto child = static_cast<std::uint32_t>(_nodes.size());
        children.insert(it, {byte, child});
        _nodes.emplace_back(); // invalidates `children`; not used below
        node = child;
    }
    return node;
}

void SmartLexicon::addTo(std::vector<SmartAtomSet>& sets, std::int32_t& slot, std::uint16_t atom) {
    if (slot < 0) {
        slot = static_cast<std::int32_t>(sets.size());
        sets.emplace_back();
    }
    sets[std::size_t(slot)].set(atom);
}

} // namespace concord::core
