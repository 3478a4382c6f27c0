#pragma once

#include "core/smart/SmartEffect.hpp"

#include <string>

namespace concord::core {

/// One place where a vocabulary rule matched a goal text; SmartAnalyser::explain() lists
/// them so that a user extending smart.json can see why a goal got its marks.
struct SmartMatch {
    /// Id of the rule that matched ("deadline").
    std::string rule;
    /// What the match says about the goal.
    SmartEffect effect = SmartEffect::None;
    /// The matched words, as written in the goal ("by 31.12.2026").
    std::string text;
};

} // namespace concord::core
