#pragma once
// Helpers shared by the libFuzzer targets of this folder.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace concord::fuzz {

/// Stops the run (libFuzzer then saves the input) when a property does not hold.
inline void require(bool condition) {
    if (!condition)
        std::abort();
}

/// The input as text.
inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// The text split at 0x1F (unit separator); an empty text is one empty field.
inline std::vector<std::string> fields(std::string_view text) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t end = text.find('\x1F', begin);
        out.emplace_back(text.substr(begin, end - begin));
        if (end == std::string_view::npos)
            return out;
        begin = end + 1;
    }
}

} // namespace concord::fuzz
