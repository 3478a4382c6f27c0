#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core::common {

/// The one placeholder engine of every text file: messages ({1} … by position), sheet texts
/// and SMART hints ({code}, {start} … by name), generator and UI texts ({1} …).
///
/// A placeholder is "{name}" with no brace inside the name. The pattern is read once, from the
/// left: a placeholder with a value is replaced by it, one without stays as written, and a
/// value put in is never read again, so a department code or goal text holding "{2}" stays as
/// the user wrote it.
class Placeholders {
public:
    /// The value for a placeholder's name, or nullptr to leave the placeholder as written.
    using Lookup = std::function<const std::string*(std::string_view name)>;

    /// Returns `pattern` with each placeholder replaced by lookup(name) where it has a value.
    static std::string fill(std::string_view pattern, const Lookup& lookup);

    /// Returns `pattern` with {1}, {2} … replaced by args[0], args[1] …; {0}, {01} and a number
    /// beyond the arguments stay as written.
    static std::string numbered(std::string_view pattern, const std::vector<std::string>& args);

    /// Returns `pattern` with each {name} replaced by the value of the first pair with that
    /// name (Key: std::string or std::string_view).
    template <typename Key>
    static std::string named(std::string_view pattern,
                             const std::vector<std::pair<Key, std::string>>& values) {
        return fill(pattern, [&values](std::string_view name) -> const std::string* {
            for (const auto& [key, value] : values)
                if (key == name)
                    return &value;
            return nullptr;
        });
    }
};

} // namespace concord::core::common
