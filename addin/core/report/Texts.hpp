#pragma once

#include "core/common/Language.hpp"
#include "core/functions/Catalogue.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core::report {

/// Every word of the generated sheets and of the report's sentences
/// (registration/data/sheets.json): sheet names, titles, column headers, status and ladder
/// words, the escalation sentence and the plausibility hints, each in en and ru.
///
/// The JSON is an object {"texts": {id: {"en": text, "ru": text}}}; other top-level keys
/// are ignored. A text may hold placeholders such as {code} that format() fills in.
class Texts {
public:
    /// Builds the texts from parsed JSON. Throws Error "texts.invalid" when "texts" is not
    /// an object of {en, ru} objects with non-empty strings (value: the id), and
    /// "texts.missing" when an id of requiredIds() is absent (value: the id).
    explicit Texts(const nlohmann::json& data);

    /// Reads the file at path and builds the texts. Throws Error "texts.unreadable" (value:
    /// the path) when it cannot be opened, "texts.invalid" when it is not JSON, and what the
    /// constructor throws.
    static Texts load(const std::string& path);

    /// The text with this id in the language. Throws Error "texts.unknown_id" (value: the
    /// id) for an id the file does not have.
    const std::string& text(std::string_view id, common::Language language) const;

    /// text() with every "{name}" replaced by the value given for name; placeholders without
    /// a value stay as they are. Throws what text() throws.
    std::string format(std::string_view id, common::Language language,
                       const std::vector<std::pair<std::string, std::string>>& values) const;

    /// The ids the generators use; each must exist in both languages.
    static const std::vector<std::string>& requiredIds();

private:
    std::map<std::string, functions::LocalText, std::less<>> _texts;
};

} // namespace concord::core::report
