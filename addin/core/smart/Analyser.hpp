#pragma once

#include "core/smart/Evidence.hpp"
#include "core/smart/Match.hpp"
#include "core/smart/Result.hpp"
#include "core/smart/TokenBuffer.hpp"
#include "core/smart/Vocabulary.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord::core::smart {

/// Checks goals against the SMART criteria (DESIGN §4 "SMART from text").
///
/// The text alone decides S, M and T: the vocabulary's rules run in order over the tokens
/// of the goal, each claiming the tokens it matches (a date claimed as a deadline is no
/// longer a number for M). M: a Level match. T: a Time match. S: a Level match, or else no
/// Abstract match and either a Concrete match (an action) before any Vague match or an Object
/// match (a thing) with no Vague and no Maintain match at all. The arguments add evidence:
/// a deadline makes T; a KPI with a target makes M; A needs a known target (the argument
/// or a level in the text) and, with a baseline other than 0 and a target argument,
/// |target| within [|baseline|/4, 4·|baseline|]; R needs an owner and a parent goal, or
/// an owner of a company-level goal.
///
/// Thread-safe: analyse() keeps its scratch memory per thread and allocates only the hint.
class Analyser {
public:
    /// Takes the compiled vocabulary (see Vocabulary::load()).
    explicit Analyser(Vocabulary vocabulary);

    /// Returns the marks, score, missing letters and hint of one goal.
    /// Throws Error "smart.invalid_utf8" (value: byte offset) when the goal is not UTF-8,
    /// and Error "smart.not_finite" (value: "target", "baseline" or "deadline") when a
    /// number argument is NaN or infinite.
    Result analyse(const Evidence& evidence) const;

    /// Returns every rule match in `goal`, in rule order: the reasons for S, M and T.
    /// Throws Error "smart.invalid_utf8" like analyse().
    std::vector<Match> explain(std::string_view goal) const;

    /// Returns the vocabulary in use.
    const Vocabulary& vocabulary() const { return _vocabulary; }

private:
    /// What the text of a goal says.
    struct TextFacts {
        bool level = false;
        bool time = false;
        bool specific = false;
        bool direction = false;  ///< a Vague match ("increase", "повысить")
        bool abstract = false;   ///< an Abstract match ("digital transformation")
        bool hasContent = false; ///< at least one word or number
        /// Byte where the first Time match starts when something comes before it (where a
        /// level example goes: "… to 25% in 2027"), else the end of the goal.
        std::size_t levelAt = 0;
        common::Language language = common::Language::En;
    };

    TextFacts scan(std::string_view goal, TokenBuffer& buffer, std::vector<std::uint8_t>& claimed,
                   std::vector<Match>* matches) const;
    std::string hint(const Result& result, const Evidence& evidence, const TextFacts& facts,
                     const TokenBuffer& buffer) const;
    std::string levelExample(const Evidence& evidence, const TextFacts& facts,
                             const TokenBuffer& buffer, common::Language language) const;

    Vocabulary _vocabulary;
};

} // namespace concord::core::smart
