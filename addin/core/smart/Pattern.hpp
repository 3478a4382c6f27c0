#pragma once

#include "core/smart/AtomSet.hpp"

#include <string>
#include <vector>

namespace concord::core::smart {

/// A compiled phrase pattern: a sequence of steps, each matching one token.
///
/// Written in smart.json as elements separated by spaces, e.g. "by ?the @edge ?of #year".
/// An element is alternatives joined by "|": a literal word or symbol ("by", "%"), a stem
/// ("квартал*"), a list ("@month"), or a built-in class (#num, #int, #year, #day, #date,
/// #daymonth, #lead, &word, &titled, &upper). Prefixes: "?" optional, "^" glued to the
/// previous token (no space: "q ^#int" is "Q3"), "!" the next token must not be this
/// (nothing consumed; the end of the text is not a match), "=" context: the token must be
/// there but is not part of the match, so later rules still see it ("monthly =@event" takes
/// "monthly" and leaves "report" to the deliverable rules); once a step is context, every
/// later step is too. VocabularyCompiler compiles the text; Rule matches the steps.
class Pattern {
public:
    /// One compiled element.
    struct Step {
        AtomSet atoms;         ///< the token must carry one of these
        bool optional = false; ///< "?"
        bool glued = false;    ///< "^"
        bool negative = false; ///< "!"
        bool context = false;  ///< "="

        /// Returns whether both steps accept the same tokens in the same way.
        bool operator==(const Step& other) const {
            return atoms == other.atoms && optional == other.optional && glued == other.glued &&
                   negative == other.negative && context == other.context;
        }
    };

    /// Builds a pattern from its source text (kept for explanations) and compiled steps.
    /// Precondition: at least one step before the context is neither optional nor negative,
    /// the first step is neither negative nor context, and no step after a context step is
    /// outside the context.
    Pattern(std::string source, std::vector<Step> steps);

    /// Returns the pattern as written in the vocabulary, after macro expansion.
    const std::string& source() const { return _source; }
    /// Returns the compiled steps, in order.
    const std::vector<Step>& steps() const { return _steps; }

private:
    std::string _source;
    std::vector<Step> _steps;
};

} // namespace concord::core::smart
