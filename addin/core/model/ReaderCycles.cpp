#include "core/model/ReaderCycles.hpp"

#include <algorithm>

namespace concord::core::model {

std::map<std::string, std::vector<std::string>>
ReaderCycles::find(const std::map<std::string, std::string>& parentOf) {
    enum class State { OnPath, Done };
    std::map<std::string, State> state;
    std::map<std::string, std::vector<std::string>> cycles;
    for (const auto& start : parentOf) {
        std::vector<std::string> path;
        std::string id = start.first;
        // Walk up until a known id, an id without parent, or an id already on this path.
        for (;;) {
            const auto seen = state.find(id);
            if (seen != state.end()) {
                if (seen->second == State::OnPath) {
                    const auto first = std::find(path.begin(), path.end(), id);
                    const std::vector<std::string> ring(first, path.end());
                    for (std::size_t i = 0; i < ring.size(); ++i) {
                        std::vector<std::string> chain;
                        for (std::size_t k = 0; k <= ring.size(); ++k)
                            chain.push_back(ring[(i + k) % ring.size()]);
                        cycles[ring[i]] = chain;
                    }
                }
                break;
            }
            const auto parent = parentOf.find(id);
            if (parent == parentOf.end())
                break;
            state[id] = State::OnPath;
            path.push_back(id);
            id = parent->second;
        }
        for (const std::string& walked : path)
            state[walked] = State::Done;
    }
    return cycles;
}

} // namespace concord::core::model
