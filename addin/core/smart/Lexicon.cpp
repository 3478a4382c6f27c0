#include "core/smart/Lexicon.hpp"

#include "core/smart/BuiltinAtom.hpp"

namespace concord::core::smart {

namespace {

std::uint64_t edgeKey(std::uint32_t node, unsigned char byte) {
    return ((std::uint64_t(node) << 8) | byte) + 1;
}

std::size_t edgeSlot(std::uint64_t key, unsigned shift) {
    return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> shift);
}

} // namespace

Lexicon::Lexicon() : _nodes(1) {}

void Lexicon::addWord(std::string_view word, std::uint16_t atom) {
    const std::uint32_t node = descend(word);
    addTo(_sets, _nodes[node].exact, atom);
}

void Lexicon::addStem(std::string_view stem, std::uint16_t atom) {
    const std::uint32_t node = descend(stem);
    addTo(_sets, _nodes[node].stem, atom);
}

void Lexicon::lookup(std::string_view token, AtomSet& atoms, std::uint64_t& rules) const {
    const auto take = [&](std::int32_t slot) {
        atoms |= _sets[std::size_t(slot)];
        if (std::size_t(slot) < _setRules.size())
            rules |= _setRules[std::size_t(slot)];
    };
    std::uint32_t node = 0;
    for (char c : token) {
        node = child(node, static_cast<unsigned char>(c));
        if (node == none)
            return;
        if (_nodes[node].stem >= 0)
            take(_nodes[node].stem);
    }
    if (_nodes[node].exact >= 0)
        take(_nodes[node].exact);
}

void Lexicon::freeze(const std::vector<std::uint64_t>& rulesByAtom) {
    // the edge index: at most half full
    unsigned bits = 4;
    while ((std::size_t(1) << bits) < 2 * _nodes.size())
        ++bits;
    _edgeKeys.assign(std::size_t(1) << bits, 0);
    _edgeChildren.assign(_edgeKeys.size(), none);
    _edgeShift = 64 - bits;
    const std::size_t slots = _edgeKeys.size() - 1;
    for (std::uint32_t parent = 1; parent < _nodes.size(); ++parent)
        for (std::uint32_t c = _nodes[parent].firstChild; c != none; c = _nodes[c].nextSibling) {
            const std::uint64_t key = edgeKey(parent, _nodes[c].byte);
            std::size_t slot = edgeSlot(key, _edgeShift);
            while (_edgeKeys[slot] != 0)
                slot = (slot + 1) & slots;
            _edgeKeys[slot] = key;
            _edgeChildren[slot] = c;
        }

    const auto mask = [&](const AtomSet& atoms) {
        std::uint64_t rules = 0;
        atoms.forEach([&](std::size_t atom) {
            if (atom < rulesByAtom.size())
                rules |= rulesByAtom[atom];
        });
        return rules;
    };
    _setRules.clear();
    for (const AtomSet& set : _sets)
        _setRules.push_back(mask(set));
    _builtinRules.assign(AtomBuiltinCount, 0);
    for (std::size_t atom = 0; atom < AtomBuiltinCount && atom < rulesByAtom.size(); ++atom)
        _builtinRules[atom] = rulesByAtom[atom];
}

std::uint64_t Lexicon::builtinRules(const AtomSet& atoms) const {
    std::uint64_t rules = 0;
    for (std::size_t atom = 0; atom < _builtinRules.size(); ++atom)
        if (atoms.test(atom))
            rules |= _builtinRules[atom];
    return rules;
}

std::uint32_t Lexicon::child(std::uint32_t node, unsigned char byte) const {
    if (node == 0)
        return _rootChildren[byte];
    if (!_edgeKeys.empty()) {
        const std::uint64_t key = edgeKey(node, byte);
        const std::size_t mask = _edgeKeys.size() - 1;
        for (std::size_t slot = edgeSlot(key, _edgeShift);; slot = (slot + 1) & mask) {
            if (_edgeKeys[slot] == key)
                return _edgeChildren[slot];
            if (_edgeKeys[slot] == 0)
                return none;
        }
    }
    std::uint32_t next = _nodes[node].firstChild;
    while (next != none && _nodes[next].byte != byte)
        next = _nodes[next].nextSibling;
    return next;
}

std::uint32_t Lexicon::descend(std::string_view key) {
    _edgeKeys.clear(); // a word added after freeze(): back to the sibling lists
    std::uint32_t node = 0;
    for (char c : key) {
        const auto byte = static_cast<unsigned char>(c);
        const std::uint32_t found = child(node, byte);
        if (found != none) {
            node = found;
            continue;
        }
        const auto added = static_cast<std::uint32_t>(_nodes.size());
        Node fresh;
        fresh.byte = byte;
        if (node == 0) {
            _rootChildren[byte] = added;
        } else {
            fresh.nextSibling = _nodes[node].firstChild;
            _nodes[node].firstChild = added;
        }
        _nodes.push_back(fresh);
        node = added;
    }
    return node;
}

void Lexicon::addTo(std::vector<AtomSet>& sets, std::int32_t& slot, std::uint16_t atom) {
    if (slot < 0) {
        slot = static_cast<std::int32_t>(sets.size());
        sets.emplace_back();
    }
    sets[std::size_t(slot)].set(atom);
}

} // namespace concord::core::smart
