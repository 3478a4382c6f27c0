#pragma once

#include "core/common/Language.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace concord::core::cli {

/// The `concord` command line's own texts (registration/data/cli.json): progress lines,
/// error and usage messages, result lines and the help, each in en and ru.
///
/// The JSON is an object {id: {"en": text, "ru": text}}; a top-level "about" is ignored.
/// A text may hold {1}, {2} … that text() fills in (core::common::Placeholders::numbered).
class CliTexts {
public:
    /// Builds the texts from parsed JSON. Throws Error "cli.texts_invalid" (value: the id)
    /// when the document is not an object or an entry lacks a non-empty en or ru string.
    explicit CliTexts(const nlohmann::json& data);

    /// Parses the JSON text and builds the texts. Throws Error "cli.texts_invalid" (value:
    /// "cli.json") when it is not JSON, and what the constructor throws.
    static CliTexts parse(std::string_view json);

    /// The text with this id in the language, {1}, {2} … replaced by args in one pass.
    /// Throws Error "cli.text_unknown" (value: the id) for an id the file does not have.
    std::string text(std::string_view id, common::Language language,
                     const std::vector<std::string>& args = {}) const;

    /// Every id, sorted.
    std::vector<std::string> ids() const;

private:
    /// id → {en, ru}
    std::map<std::string, std::pair<std::string, std::string>, std::less<>> _texts;
};

} // namespace concord::core::cli
