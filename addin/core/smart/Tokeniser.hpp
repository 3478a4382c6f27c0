#pragma once

#include "core/smart/Lexicon.hpp"
#include "core/smart/TokenBuffer.hpp"

#include <string_view>

namespace concord::core::smart {

/// Splits a UTF-8 goal text into tokens and gives each its atoms.
///
/// Tokens: runs of letters (folded with common::Utf8::fold, an apostrophe between letters
/// stays inside: "don't"); numbers (digits with "." or "," inside, and thousands groups
/// after a space: "2 500", "1,2", "99.9"); dates in digits ("31.12.2026", "2026-12-31",
/// "12/31/2026"); every other non-space character is a symbol token of its own. Letters and
/// digits written together are separate tokens glued to each other ("FY2019" = "fy" +
/// "2019", "1С" = "1" + "с", "$500k" = "$" + "500" + "k").
class Tokeniser {
public:
    /// Fills `out` (cleared first) with the tokens of `text`, their built-in atoms, the
    /// atoms `lexicon` gives their folded text and the rules that may start at them, and
    /// counts Latin and Cyrillic letters word by word.
    /// Throws Error "smart.invalid_utf8" when `text` is not valid UTF-8.
    static void tokenise(std::string_view text, const Lexicon& lexicon, TokenBuffer& out);
};

} // namespace concord::core::smart
