#pragma once

#include "core/smart/Language.hpp"

#include <string>

namespace concord::core::smart {

/// The SMART verdict on one goal: which criteria are met, a hint and the goal's language.
struct Result {
    bool s = false; ///< specific: a concrete outcome or deliverable, not a direction
    bool m = false; ///< measurable: a target level in the text, or a KPI with a target
    bool a = false; ///< achievable: a known target, within 1/4..4x of the baseline if given
    bool r = false; ///< relevant: an owner and a parent goal (or a company-level goal)
    bool t = false; ///< time-bound: a deadline, horizon or recurring period
    /// One sentence in `language`: what to add first (S, M, T before A, R), or a short
    /// confirmation when nothing is missing.
    std::string hint;
    /// Language of the goal text, also the language of `hint`.
    common::Language language = common::Language::En;

    /// Returns the number of criteria met, 0 to 5.
    int score() const;
    /// Returns the letters of the criteria not met, in S,M,A,R,T order, joined with ","
    /// (e.g. "S,T"); "" when all five are met.
    std::string missing() const;
};

} // namespace concord::core::smart
