#pragma once

#include "core/smart/Effect.hpp"

#include <string>

namespace concord::core::smart {

/// One place where a vocabulary rule matched a goal text; Analyser::explain() lists
/// them so that a user extending smart.json can see why a goal got its marks.
struct Match {
    /// Id of the rule that matched ("deadline").
    std::string rule;
    /// What the match says about the goal.
    Effect effect = Effect::None;
    /// The matched words, as written in the goal ("by 31.12.2026").
    std::string text;
};

} // namespace concord::core::smart
