#pragma once

namespace concord::core::smart {

/// What a match of a rule says about a goal text.
enum class Effect {
    None,     ///< nothing: the tokens are only taken away from later rules ("ISO 9001")
    Level,    ///< a target level: the goal is measurable (and specific)
    Time,     ///< a deadline, horizon or recurring period: the goal is time-bound
    Vague,    ///< a direction ("improve", "повысить"): not specific unless a level follows
    Concrete, ///< a deliverable action ("launch", "внедрить", "roll out")
    Object, ///< a deliverable thing ("report", "регламент"): specific when nothing is vague
            ///< or only kept up ("maintain the website" is not specific)
    Maintain, ///< keeping a state ("ensure", "maintain", "поддерживать")
    Abstract  ///< an abstract topic ("digital transformation"): never specific without a level
};

} // namespace concord::core::smart
