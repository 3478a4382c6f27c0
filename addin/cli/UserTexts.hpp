#pragma once

#include "core/common/Language.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace concord::cli {

/// The command line's own texts in the language it speaks (core::cli::CliLanguage): from
/// registration/data/cli.json, built into the program (CMake, UserTextsJson.cpp.in), so that
/// a usage error or --help speaks it before any extension is found.
class UserTexts {
public:
    /// Speak `language` from now on (after --lang is read). Until called: the user's locale.
    static void useLanguage(core::common::Language language);
    static core::common::Language language();

    /// The text id with {1}, {2} … replaced by args. An id the file lacks is a bug: it
    /// throws core::common::Error "cli.text_unknown".
    static std::string text(std::string_view id, const std::vector<std::string>& args = {});
};

} // namespace concord::cli
