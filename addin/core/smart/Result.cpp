#include "core/smart/Result.hpp"

namespace concord::core::smart {

int Result::score() const {
    return int(s) + int(m) + int(a) + int(r) + int(t);
}

std::string Result::missing() const {
    const bool met[] = {s, m, a, r, t};
    const char letters[] = {'S', 'M', 'A', 'R', 'T'};
    std::string out;
    for (int i = 0; i < 5; ++i) {
        if (met[i])
            continue;
        if (!out.empty())
            out += ',';
        out += letters[i];
    }
    return out;
}

} // namespace concord::core::smart
