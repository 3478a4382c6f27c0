#pragma once

#include "core/smart/AtomSet.hpp"
#include "core/smart/BuiltinAtom.hpp"

#include <cstdint>

namespace concord::core::smart {

/// One token of a goal text: a run of letters, a number, a date in digits or a single
/// symbol. Its text lives in the TokenBuffer that holds the token.
struct Token {
    enum class Kind : std::uint8_t { Word, Number, Date, Symbol };

    Kind kind = Kind::Symbol;
    /// True when no white space separates the token from the previous one ("Q3", "$500k").
    bool gluedLeft = false;
    /// True for the first token and the first one after ". ", "! ", "? ", ": ", "; ".
    bool sentenceStart = false;
    /// Folded (lower-case) text: bytes [foldedBegin, foldedEnd) of TokenBuffer::folded.
    std::uint32_t foldedBegin = 0;
    std::uint32_t foldedEnd = 0;
    /// Bytes [sourceBegin, sourceEnd) of the original text.
    std::uint32_t sourceBegin = 0;
    std::uint32_t sourceEnd = 0;
    /// The rules whose matches may start at this token (bit i: rule i, i < 64).
    std::uint64_t rules = 0;
    /// Everything the token is: built-in classes and vocabulary atoms.
    AtomSet atoms;
};

} // namespace concord::core::smart
