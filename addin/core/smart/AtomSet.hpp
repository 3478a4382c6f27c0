#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace concord::core::smart {

/// A fixed-size set of atom ids. An atom is one thing a token can be: a member of a
/// vocabulary list (@month), a literal or stem used in a pattern ("by", "квартал*"), or a
/// built-in class (#year, &word). Sets are plain bit arrays, so testing a pattern step
/// against a token is a few AND instructions and no allocation.
class AtomSet {
public:
    /// Highest number of distinct atoms a vocabulary may define.
    static constexpr std::size_t capacity = 512;

    /// Adds `atom` (< capacity) to the set.
    void set(std::size_t atom) { _words[atom >> 6] |= std::uint64_t(1) << (atom & 63); }
    /// Returns whether `atom` (< capacity) is in the set.
    bool test(std::size_t atom) const { return (_words[atom >> 6] >> (atom & 63)) & 1U; }
    /// Returns whether the two sets share an atom.
    bool intersects(const AtomSet& other) const {
        for (std::size_t i = 0; i < _words.size(); ++i)
            if (_words[i] & other._words[i])
                return true;
        return false;
    }
    /// Adds every atom of `other`.
    AtomSet& operator|=(const AtomSet& other) {
        for (std::size_t i = 0; i < _words.size(); ++i)
            _words[i] |= other._words[i];
        return *this;
    }
    /// Returns whether both sets hold the same atoms.
    bool operator==(const AtomSet& other) const { return _words == other._words; }
    /// Returns whether the set holds no atom.
    bool empty() const {
        for (std::uint64_t w : _words)
            if (w)
                return false;
        return true;
    }
    /// Calls `f(atom)` for each atom in both this set and `other`, in increasing order.
    template <class F> void forEachCommon(const AtomSet& other, F&& f) const {
        for (std::size_t i = 0; i < _words.size(); ++i)
            for (std::uint64_t w = _words[i] & other._words[i]; w; w &= w - 1)
                f(i * 64 + std::size_t(__builtin_ctzll(w)));
    }
    /// Calls `f(atom)` for each atom in the set, in increasing order.
    template <class F> void forEach(F&& f) const {
        for (std::size_t i = 0; i < _words.size(); ++i)
            for (std::uint64_t w = _words[i]; w; w &= w - 1)
                f(i * 64 + std::size_t(__builtin_ctzll(w)));
    }

private:
    std::array<std::uint64_t, capacity / 64> _words{};
};

} // namespace concord::core::smart
