#include "core/cli/CliLanguage.hpp"

#include <cstdlib>

namespace concord::core::cli {

namespace {

std::string_view variable(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string_view(value) : std::string_view();
}

} // namespace

common::Language CliLanguage::choose(std::string_view option, std::string_view lcAll,
                                     std::string_view lcMessages, std::string_view lang) {
    if (!option.empty())
        return option == "ru" ? common::Language::Ru : common::Language::En;
    for (const std::string_view locale : {lcAll, lcMessages, lang})
        if (!locale.empty())
            return locale.substr(0, 2) == "ru" ? common::Language::Ru : common::Language::En;
    return common::Language::En;
}

common::Language CliLanguage::fromEnvironment(std::string_view option) {
    return choose(option, variable("LC_ALL"), variable("LC_MESSAGES"), variable("LANG"));
}

} // namespace concord::core::cli
