#pragma once

#include "core/common/Language.hpp"
#include "core/model/HeaderLanguage.hpp"

#include <optional>

namespace concord::core::model {

/// What decided the language of a build.
enum class LanguageSource {
    Requested, ///< --lang, the Language argument
    Headers,   ///< the majority of the matched table names and headers
    Document,  ///< the document's locale
    Default    ///< none of these: English
};

/// The language one build writes in, and why.
struct OutputLanguage {
    common::Language language = common::Language::En;
    LanguageSource source = LanguageSource::Default;

    /// DESIGN §2 "Output language": the requested language; else the language of most of
    /// the table names and headers the reader matched; else (none matched, or as many of
    /// each) the document's; else English. Never throws.
    static OutputLanguage resolve(std::optional<common::Language> requested,
                                  const HeaderVote& headers,
                                  std::optional<common::Language> document);
};

} // namespace concord::core::model
