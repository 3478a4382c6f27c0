#include "UserTexts.hpp"

#include "core/cli/CliLanguage.hpp"
#include "core/cli/CliTexts.hpp"

#include <atomic>

namespace concord::cli {

/// registration/data/cli.json as written (UserTextsJson.cpp, made by CMake).
extern const char userTextsJson[];

namespace {

/// 0: not chosen yet; 1 + the Language's value once chosen.
std::atomic<int> chosen{0};

const core::cli::CliTexts& texts() {
    static const core::cli::CliTexts loaded = core::cli::CliTexts::parse(userTextsJson);
    return loaded;
}

} // namespace

void UserTexts::useLanguage(core::common::Language language) {
    chosen = 1 + static_cast<int>(language);
}

core::common::Language UserTexts::language() {
    const int value = chosen.load();
    if (value != 0)
        return static_cast<core::common::Language>(value - 1);
    const core::common::Language fromLocale = core::cli::CliLanguage::fromEnvironment({});
    useLanguage(fromLocale);
    return fromLocale;
}

std::string UserTexts::text(std::string_view id, const std::vector<std::string>& args) {
    return texts().text(id, language(), args);
}

} // namespace concord::cli
