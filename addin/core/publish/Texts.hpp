#pragma once

#include "core/common/Language.hpp"
#include "core/report/Texts.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core::publish {

/// Every word of the published site in en and ru: the site's own texts ("site.*",
/// registration/data/publish.json) and the sheets' column headers and status words
/// (sheets.json), so that a page and its sheet name a column alike.
class Texts {
public:
    /// Builds the texts from the parsed sheets.json and publish.json ({"texts": {id: {en,
    /// ru}}} each). Throws Error "texts.invalid" or "texts.missing" as report::Texts does,
    /// and "texts.missing" (value: the id) when an id of requiredIds() is absent.
    Texts(const nlohmann::json& sheets, const nlohmann::json& publish);

    /// Reads sheets.json and publish.json from dataDir. Throws Error "texts.unreadable"
    /// (value: the path) when a file cannot be opened, "texts.invalid" when it is not JSON,
    /// and what the constructor throws.
    static Texts load(const std::string& dataDir);

    /// The text with this id in language. Throws Error "texts.unknown_id" for an unknown id.
    const std::string& text(std::string_view id, common::Language language) const;

    /// text() with every "{name}" replaced by its value (plain text: escaping is the
    /// caller's). Throws what text() throws.
    std::string format(std::string_view id, common::Language language,
                       const std::vector<std::pair<std::string, std::string>>& values) const;

    /// The "site.*" ids the pages use; each must exist in both languages.
    static const std::vector<std::string>& requiredIds();

private:
    explicit Texts(report::Texts texts);
    report::Texts _texts;
};

} // namespace concord::core::publish
