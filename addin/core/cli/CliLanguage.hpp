#pragma once

#include "core/common/Language.hpp"

#include <string_view>

namespace concord::core::cli {

/// The language the `concord` command line speaks in (its progress, errors, results and
/// help; the generated sheets choose theirs apart, README "The command line").
class CliLanguage {
public:
    /// `--lang` when given ("ru" → Ru, any other → En); without it the user's locale: the
    /// first non-empty of LC_ALL, LC_MESSAGES and LANG (as POSIX reads them), Ru when it
    /// starts with "ru" (ru_RU.UTF-8, ru, russian), else En (C.UTF-8, en_US.UTF-8, POSIX,
    /// none set). An environment variable that is not set is passed as empty.
    static common::Language choose(std::string_view option, std::string_view lcAll,
                                   std::string_view lcMessages, std::string_view lang);

    /// choose() with LC_ALL, LC_MESSAGES and LANG of this process's environment.
    static common::Language fromEnvironment(std::string_view option);
};

} // namespace concord::core::cli
