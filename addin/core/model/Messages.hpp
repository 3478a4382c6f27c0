#pragma once

#include "core/common/Language.hpp"
#include "core/model/Workbook.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <string>
#include <vector>

namespace concord::core::model {

/// The texts of every message about the input workbook, by stable id, in en and ru
/// (registration/data/messages.json). A template holds placeholders {1} … {9}, replaced by
/// the message's arguments; a placeholder without an argument stays as written, and an
/// argument is never itself searched for placeholders.
///
/// The JSON is an object {"messages": {id: {"en": template, "ru": template}}}; other
/// top-level keys and other languages are ignored.
class Messages {
public:
    /// Builds the texts from parsed JSON. Throws Error "messages.invalid" when "messages"
    /// is not an object of objects, and "messages.missing_language" when a message has no
    /// non-empty en or ru template (the value names the message and language).
    explicit Messages(const nlohmann::json& data);

    /// Reads and builds the texts from a JSON file. Throws Error "messages.file_missing"
    /// when the file cannot be opened, "messages.invalid_json" when it does not parse, and
    /// whatever the constructor throws.
    static Messages load(const std::string& path);

    /// True when the message id exists (then it exists in both languages).
    bool has(const std::string& id) const;

    /// Every message id, sorted.
    std::vector<std::string> ids() const;

    /// The message in the language with {n} replaced by args[n − 1]. Throws Error
    /// "messages.unknown_id" for an id the file does not have.
    std::string text(const std::string& id, const std::vector<std::string>& args,
                     common::Language language) const;

    /// One problem as a user reads it: "Sheet 'KPIs', cell D7: expected a number, found
    /// "abc"" (the "input.at" message around the problem's own). Throws Error
    /// "messages.unknown_id" when the problem's id is unknown.
    std::string render(const Problem& problem, common::Language language) const;

private:
    struct Texts {
        std::string en;
        std::string ru;
    };
    std::map<std::string, Texts> _texts;
};

} // namespace concord::core::model
