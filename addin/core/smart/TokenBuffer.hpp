#pragma once

#include "core/smart/LetterTally.hpp"
#include "core/smart/Token.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::core::smart {

/// The tokens of one goal text plus the storage they point into. Reused from goal to goal
/// (clear() keeps the capacity), so that analysing a goal allocates nothing once warm.
struct TokenBuffer {
    std::vector<Token> tokens;
    /// Folded text of all tokens, back to back.
    std::string folded;
    /// Letters of the words, by script, for language detection.
    LetterTally letters;

    /// Returns the folded text of `token`.
    std::string_view text(const Token& token) const {
        return std::string_view(folded).substr(token.foldedBegin,
                                               token.foldedEnd - token.foldedBegin);
    }
    /// Empties the buffer but keeps its memory.
    void clear() {
        tokens.clear();
        folded.clear();
        letters.clear();
    }
};

} // namespace concord::core::smart
