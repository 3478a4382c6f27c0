#pragma once

#include <map>
#include <string>
#include <vector>

namespace concord::core::model {

/// Finds parent cycles in a tree given by parent links (departments, goals).
class ReaderCycles {
public:
    /// parentOf: id → the id of its parent (a parent that is not itself a key of parentOf
    /// ends the chain). Returns, for every
    /// id on a cycle, its chain from itself round to itself: A → B → A gives
    /// {A: [A, B, A], B: [B, A, B]}; a self-parent A gives {A: [A, A]}. Ids that only lead
    /// into a cycle are not on it and not returned.
    static std::map<std::string, std::vector<std::string>>
    find(const std::map<std::string, std::string>& parentOf);
};

} // namespace concord::core::model
