#include "core/common/Placeholders.hpp"

namespace concord::core::common {

std::string Placeholders::fill(std::string_view pattern, const Lookup& lookup) {
    std::string out;
    out.reserve(pattern.size() + 32);
    std::size_t at = 0;
    while (at < pattern.size()) {
        const std::size_t open = pattern.find('{', at);
        if (open == std::string_view::npos)
            break;
        out.append(pattern, at, open - at);
        // the name ends at the next brace; a '{' there starts the next placeholder instead
        const std::size_t close = pattern.find_first_of("{}", open + 1);
        const std::string* value = close != std::string_view::npos && pattern[close] == '}'
                                       ? lookup(pattern.substr(open + 1, close - open - 1))
                                       : nullptr;
        if (value) {
            out += *value;
            at = close + 1;
        } else {
            out += '{';
            at = open + 1;
        }
    }
    if (at < pattern.size())
        out.append(pattern, at, std::string_view::npos);
    return out;
}

std::string Placeholders::numbered(std::string_view pattern, const std::vector<std::string>& args) {
    return fill(pattern, [&args](std::string_view name) -> const std::string* {
        if (name.empty() || name.size() > 9 || name.front() < '1' || name.front() > '9')
            return nullptr;
        std::size_t n = 0;
        for (const char c : name) {
            if (c < '0' || c > '9')
                return nullptr;
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        return n <= args.size() ? &args[n - 1] : nullptr;
    });
}

} // namespace concord::core::common
