#include "core/common/Words.hpp"

#include "core/common/DataFile.hpp"
#include "core/common/Error.hpp"
#include "core/common/Utf8.hpp"

#include <Poco/String.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>
#include <vector>

namespace concord::core::common {

namespace {

/// Value ids of one enumeration, in the words file, and what each stands for in code.
template <typename T> using IdTable = std::vector<std::pair<std::string, T>>;

const IdTable<kpi::Direction> directionIds = {{"up", kpi::Direction::Up},
                                              {"down", kpi::Direction::Down}};
const std::string rangeId = "range";
const IdTable<model::Frequency> frequencyIds = {{"once", model::Frequency::Once},
                                                {"week", model::Frequency::Week},
                                                {"month", model::Frequency::Month},
                                                {"quarter", model::Frequency::Quarter},
                                                {"year", model::Frequency::Year}};
const IdTable<bool> agreedIds = {{"yes", true}, {"no", false}};
const IdTable<model::Level> levelIds = {{"company", model::Level::Company},
                                        {"department", model::Level::Department},
                                        {"person", model::Level::Person}};

const std::string directionKey = "direction";
const std::string frequencyKey = "frequency";
const std::string agreedKey = "agreed";
const std::string levelKey = "level";
const std::string requestStatusKey = "request_status";
const IdTable<report::RequestState> requestStateIds = {{"on_time", report::RequestState::OnTime},
                                                       {"late", report::RequestState::Late},
                                                       {"open", report::RequestState::Open},
                                                       {"overdue", report::RequestState::Overdue}};
const std::vector<std::pair<std::string, Language>> languageIds = {{"en", Language::En},
                                                                   {"ru", Language::Ru}};

/// Every value must have a word list in each of these languages.
const std::vector<std::string> requiredLanguages = {"en", "ru"};

template <typename T> std::vector<std::string> idsOf(const IdTable<T>& table) {
    std::vector<std::string> ids;
    for (const auto& entry : table)
        ids.push_back(entry.first);
    return ids;
}

/// enumeration id → its value ids.
std::vector<std::pair<std::string, std::vector<std::string>>> schema() {
    std::vector<std::string> directions = idsOf(directionIds);
    directions.push_back(rangeId);
    return {{directionKey, directions},
            {frequencyKey, idsOf(frequencyIds)},
            {agreedKey, idsOf(agreedIds)},
            {levelKey, idsOf(levelIds)}};
}

std::string normalise(std::string_view text) {
    return Utf8::lower(Poco::trim(std::string(text)));
}

template <typename T>
std::optional<T> lookup(const IdTable<T>& table, const std::optional<std::string>& id) {
    if (id)
        for (const auto& entry : table)
            if (entry.first == *id)
                return entry.second;
    return std::nullopt;
}

/// normalised word → value id for one enumeration of the words file.
std::map<std::string, std::string> readEnumeration(const std::string& enumeration,
                                                   const nlohmann::json& values,
                                                   const std::vector<std::string>& ids) {
    if (!values.is_object())
        throw Error(Error::Category::Configuration, "words.missing_enumeration",
                    "enumeration missing", enumeration);
    for (const auto& item : values.items())
        if (std::find(ids.begin(), ids.end(), item.key()) == ids.end())
            throw Error(Error::Category::Configuration, "words.unknown_value", "unknown value",
                        enumeration + "." + item.key());
    std::map<std::string, std::string> words;
    for (const std::string& id : ids) {
        const std::string where = enumeration + "." + id;
        const auto value = values.find(id);
        if (value == values.end() || !value->is_object())
            throw Error(Error::Category::Configuration, "words.missing_value", "value missing",
                        where);
        for (const std::string& language : requiredLanguages)
            if (!value->contains(language))
                throw Error(Error::Category::Configuration, "words.missing_language",
                            "word list missing", where + "." + language);
        for (const auto& list : value->items()) {
            if (!list.value().is_array() || list.value().empty())
                throw Error(Error::Category::Configuration, "words.not_a_list",
                            "not a list of words", where + "." + list.key());
            for (const auto& word : list.value()) {
                const std::string normal =
                    word.is_string() ? normalise(word.get<std::string>()) : std::string();
                if (normal.empty())
                    throw Error(Error::Category::Configuration, "words.not_a_word", "not a word",
                                where + "." + list.key());
                const auto [known, inserted] = words.emplace(normal, id);
                if (!inserted && known->second != id)
                    throw Error(Error::Category::Configuration, "words.ambiguous",
                                "word names two values", enumeration + ": " + normal);
            }
        }
    }
    return words;
}

/// state → (language → text) from the request_status object of the words file.
std::map<report::RequestState, std::map<Language, std::string>>
readRequestStates(const nlohmann::json& data) {
    const auto states = data.find(requestStatusKey);
    if (states == data.end() || !states->is_object())
        throw Error(Error::Category::Configuration, "words.missing_enumeration",
                    "enumeration missing", requestStatusKey);
    for (const auto& item : states->items())
        if (!lookup(requestStateIds, item.key()))
            throw Error(Error::Category::Configuration, "words.unknown_value", "unknown value",
                        requestStatusKey + "." + item.key());
    std::map<report::RequestState, std::map<Language, std::string>> texts;
    for (const auto& [id, state] : requestStateIds) {
        const std::string where = requestStatusKey + "." + id;
        const auto value = states->find(id);
        if (value == states->end() || !value->is_object())
            throw Error(Error::Category::Configuration, "words.missing_value", "value missing",
                        where);
        for (const auto& [language, uiLanguage] : languageIds) {
            const auto text = value->find(language);
            if (text == value->end())
                throw Error(Error::Category::Configuration, "words.missing_language",
                            "word missing", where + "." + language);
            if (!text->is_string() || Poco::trim(text->get<std::string>()).empty())
                throw Error(Error::Category::Configuration, "words.not_a_word", "not a word",
                            where + "." + language);
            texts[state][uiLanguage] = text->get<std::string>();
        }
    }
    return texts;
}

} // namespace

Words::Words(const nlohmann::json& data) {
    if (!data.is_object())
        throw Error(Error::Category::Configuration, "words.missing_enumeration",
                    "the words file is not a JSON object");
    for (const auto& [enumeration, ids] : schema()) {
        const auto values = data.find(enumeration);
        if (values == data.end())
            throw Error(Error::Category::Configuration, "words.missing_enumeration",
                        "enumeration missing", enumeration);
        _values[enumeration] = readEnumeration(enumeration, *values, ids);
    }
    _requestStates = readRequestStates(data);
}

Words Words::load(const std::string& path) {
    return Words(readDataFile(path, "words", "the words file"));
}

std::optional<std::string> Words::valueId(const std::string& enumeration,
                                          std::string_view text) const {
    const auto& words = _values.at(enumeration);
    const auto found = words.find(normalise(text));
    if (found == words.end())
        return std::nullopt;
    return found->second;
}

std::optional<kpi::Direction> Words::direction(std::string_view text) const {
    return lookup(directionIds, valueId(directionKey, text));
}

bool Words::isRangeDirection(std::string_view text) const {
    return valueId(directionKey, text) == rangeId;
}

std::optional<model::Frequency> Words::frequency(std::string_view text) const {
    return lookup(frequencyIds, valueId(frequencyKey, text));
}

std::optional<bool> Words::agreed(std::string_view text) const {
    return lookup(agreedIds, valueId(agreedKey, text));
}

std::optional<model::Level> Words::level(std::string_view text) const {
    return lookup(levelIds, valueId(levelKey, text));
}

const std::string& Words::requestState(report::RequestState state, Language language) const {
    return _requestStates.at(state).at(language);
}

} // namespace concord::core::common
