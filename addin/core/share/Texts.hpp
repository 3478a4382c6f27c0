#pragma once

#include "core/common/Language.hpp"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core::share {

/// Every word of hand-out and collect (registration/data/share.json): the hand-out's sheet
/// names, headers and About sheet, and collect's report lines, each in en and ru.
/// The JSON is {"texts": {id: {"en": text, "ru": text}}}.
class Texts {
public:
    /// Reads share.json at path. Throws Error "share.texts_missing" / "share.texts_invalid"
    /// (configuration) when it cannot be read or an entry lacks en or ru.
    static Texts load(const std::string& path);

    /// The text with this id. Throws Error "share.unknown_text" (value: the id).
    const std::string& text(std::string_view id, common::Language language) const;
    /// text() with {1}, {2} … filled in.
    std::string format(std::string_view id, common::Language language,
                       const std::vector<std::string>& args) const;
    /// A day number as a date: 2026-12-31 (en), 31.12.2026 (ru).
    static std::string date(long day, common::Language language);
    /// A number as typed, with a decimal comma in Russian.
    static std::string number(double value, common::Language language);
    /// Every id in the file.
    std::vector<std::string> ids() const;

private:
    std::map<std::string, std::pair<std::string, std::string>, std::less<>> _texts;
};

} // namespace concord::core::share
