#pragma once

#include "core/common/Language.hpp"
#include "core/kpi/Direction.hpp"
#include "core/model/Frequency.hpp"
#include "core/model/Level.hpp"
#include "core/report/RequestStatus.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace concord::core::common {

/// The words users type for the enumerations (Direction, Frequency, Agreed, Level), in
/// every language of the words file (en and ru are required). Matching trims ASCII
/// whitespace and ignores case, Cyrillic included; a text matches only a whole word of a
/// list. Numbers ("1", "-1") are not words: the caller reads them.
///
/// The JSON is an object {enumeration: {value: {language: [word, ...]}}} with the
/// enumerations "direction" (up, down, range), "frequency" (once, week, month, quarter,
/// year), "agreed" (yes, no) and "level" (company, department, person). Other top-level
/// keys are ignored, except "request_status": the words REQ.STATUS answers with, an object
/// {state: {language: text}} with the states on_time, late, open and overdue.
class Words {
public:
    /// Builds the vocabulary from parsed JSON. Throws Error "words.missing_enumeration",
    /// "words.missing_value" or "words.missing_language" when an enumeration, a value or
    /// its en/ru list is absent, "words.unknown_value" for a value id the enumeration does
    /// not have, "words.not_a_list" / "words.not_a_word" for a list or word of the wrong
    /// type or an empty word, and "words.ambiguous" when one word names two values of the
    /// same enumeration. For request_status: "words.missing_enumeration",
    /// "words.missing_value", "words.missing_language", "words.unknown_value" likewise, and
    /// "words.not_a_word" for a text that is not a non-empty string.
    explicit Words(const nlohmann::json& data);

    /// Reads and builds the vocabulary from a JSON file. Throws Error "words.file_missing"
    /// when the file cannot be opened, "words.invalid_json" when it does not parse, and
    /// whatever the constructor throws.
    static Words load(const std::string& path);

    /// Up or Down for a direction word; std::nullopt for a range word or an unknown text.
    std::optional<kpi::Direction> direction(std::string_view text) const;

    /// True when text is a word for the range direction (range / диапазон).
    bool isRangeDirection(std::string_view text) const;

    /// The frequency a word names, or std::nullopt.
    std::optional<model::Frequency> frequency(std::string_view text) const;

    /// true for a yes word, false for a no word, std::nullopt otherwise.
    std::optional<bool> agreed(std::string_view text) const;

    /// The goal level a word names, or std::nullopt.
    std::optional<model::Level> level(std::string_view text) const;

    /// What REQ.STATUS answers for a state in a language ("late", "с опозданием").
    const std::string& requestState(report::RequestState state, Language language) const;

private:
    /// The value id (e.g. "up") that text names in the enumeration, or std::nullopt.
    std::optional<std::string> valueId(const std::string& enumeration, std::string_view text) const;

    /// enumeration id → (normalised word → value id)
    std::map<std::string, std::map<std::string, std::string>> _values;
    /// RequestState → (language → text).
    std::map<report::RequestState, std::map<Language, std::string>> _requestStates;
};

} // namespace concord::core::common
