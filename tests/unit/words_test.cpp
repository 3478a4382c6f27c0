#include "core/common/Error.hpp"
#include "core/common/Words.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using concord::core::common::Error;
using concord::core::common::Words;
using concord::core::kpi::Direction;
using concord::core::model::Frequency;
using concord::core::model::Level;

namespace {

const std::string wordsPath = std::string(CONCORD_DATA_DIR) + "/words.json";

nlohmann::json shippedJson() {
    std::ifstream stream(wordsPath);
    return nlohmann::json::parse(stream);
}

const Words& shipped() {
    static const Words words = Words::load(wordsPath);
    return words;
}

template <typename T> struct Case {
    const char* text;
    std::optional<T> expected;
};

void expectError(const std::function<void()>& call, const char* id, const std::string& what) {
    try {
        call();
        ADD_FAILURE() << "no Error thrown";
    } catch (const Error& e) {
        EXPECT_EQ(id, e.id());
        EXPECT_EQ(what, e.what());
    }
}

} // namespace

TEST(Words, ShippedFileHasEnAndRuWordsForEveryValue) {
    // definition: each value id of each enumeration has a non-empty en and ru list
    const nlohmann::json data = shippedJson();
    const std::pair<const char*, std::vector<const char*>> schema[] = {
        {"direction", {"up", "down", "range"}},
        {"frequency", {"once", "week", "month", "quarter", "year"}},
        {"agreed", {"yes", "no"}},
        {"level", {"company", "department", "person"}},
    };
    for (const auto& [enumeration, values] : schema)
        for (const char* value : values)
            for (const char* language : {"en", "ru"}) {
                SCOPED_TRACE(std::string(enumeration) + "." + value + "." + language);
                const nlohmann::json& list = data.at(enumeration).at(value).at(language);
                ASSERT_TRUE(list.is_array());
                EXPECT_FALSE(list.empty());
            }
}

TEST(Words, DirectionWordsInEitherLanguageAnyCase) {
    const Case<Direction> cases[] = {
        {"up", Direction::Up},
        {"рост", Direction::Up},
        {"  Up  ", Direction::Up},
        {"РОСТ", Direction::Up},
        {"Increase", Direction::Up},
        {"higher", Direction::Up},
        {"увеличение", Direction::Up},
        {"Больше", Direction::Up},
        {"down", Direction::Down},
        {"снижение", Direction::Down},
        {"\tDOWN\n", Direction::Down},
        {"LOWER", Direction::Down},
        {"decrease", Direction::Down},
        {"Уменьшение", Direction::Down},
        {"меньше", Direction::Down},
        {"range", std::nullopt}, // a range is not up or down
        {"", std::nullopt},
        {"sideways", std::nullopt},
        {"1", std::nullopt},
        {"-1", std::nullopt}, // numbers: the caller's job
        {"up down", std::nullopt},
        {"upward", std::nullopt},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(c.expected, shipped().direction(c.text));
    }
}

TEST(Words, RangeDirectionWordsAreRecognisedSeparately) {
    const Case<bool> cases[] = {
        {"range", true}, {"Диапазон", true},  {" RANGE ", true},
        {"up", false},   {"снижение", false}, {"", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(*c.expected, shipped().isRangeDirection(c.text));
    }
}

TEST(Words, FrequencyWordsInEitherLanguageAnyCase) {
    const Case<Frequency> cases[] = {
        {"once", Frequency::Once},       {"Однократно", Frequency::Once},
        {"week", Frequency::Week},       {"weekly", Frequency::Week},
        {"неделя", Frequency::Week},     {"ЕЖЕНЕДЕЛЬНО", Frequency::Week},
        {"Month", Frequency::Month},     {"monthly", Frequency::Month},
        {"месяц", Frequency::Month},     {" Ежемесячно ", Frequency::Month},
        {"quarter", Frequency::Quarter}, {"QUARTERLY", Frequency::Quarter},
        {"Квартал", Frequency::Quarter}, {"ежеквартально", Frequency::Quarter},
        {"year", Frequency::Year},       {"yearly", Frequency::Year},
        {"annual", Frequency::Year},     {"ANNUALLY", Frequency::Year},
        {"Год", Frequency::Year},        {"ежегодно", Frequency::Year},
        {"daily", std::nullopt},         {"месяцы", std::nullopt},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(c.expected, shipped().frequency(c.text));
    }
}

TEST(Words, AgreedWordsInEitherLanguageAnyCase) {
    const Case<bool> cases[] = {
        {"yes", true},       {"Да", true},
        {"Y", true},         {"д", true},
        {"TRUE", true},      {"no", false},
        {"НЕТ", false},      {"n", false},
        {"false", false},    {"maybe", std::nullopt},
        {"1", std::nullopt}, {"", std::nullopt},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(c.expected, shipped().agreed(c.text));
    }
}

TEST(Words, LevelWordsInEitherLanguageAnyCase) {
    const Case<Level> cases[] = {
        {"Company", Level::Company},
        {"компания", Level::Company},
        {"department", Level::Department},
        {"Подразделение", Level::Department},
        {"ОТДЕЛ", Level::Department},
        {"person", Level::Person},
        {"Employee", Level::Person},
        {"СОТРУДНИК", Level::Person},
        {"team", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(c.expected, shipped().level(c.text));
    }
}

TEST(Words, WordsAddedToTheFileAreNormalisedToo) {
    nlohmann::json data = shippedJson();
    data["direction"]["up"]["ru"].push_back("  Прирост ");
    const Words words(data);
    EXPECT_EQ(Direction::Up, words.direction("прирост"));
    EXPECT_EQ(std::nullopt, shipped().direction("прирост"));
}

TEST(Words, BrokenWordsDataThrowsError) {
    struct ErrorCase {
        const char* situation;
        std::function<void(nlohmann::json&)> change;
        const char* id;
        const char* what;
    };
    const ErrorCase cases[] = {
        {"enumeration missing", [](auto& d) { d.erase("level"); }, "words.missing_enumeration",
         "[words.missing_enumeration] enumeration missing: level"},
        {"enumeration not an object", [](auto& d) { d["agreed"] = "yes"; },
         "words.missing_enumeration", "[words.missing_enumeration] enumeration missing: agreed"},
        {"value missing", [](auto& d) { d["frequency"].erase("week"); }, "words.missing_value",
         "[words.missing_value] value missing: frequency.week"},
        {"unknown value", [](auto& d) { d["frequency"]["daily"] = d["frequency"]["week"]; },
         "words.unknown_value", "[words.unknown_value] unknown value: frequency.daily"},
        {"ru list missing", [](auto& d) { d["direction"]["up"].erase("ru"); },
         "words.missing_language", "[words.missing_language] word list missing: direction.up.ru"},
        {"list is a string", [](auto& d) { d["level"]["person"]["en"] = "person"; },
         "words.not_a_list", "[words.not_a_list] not a list of words: level.person.en"},
        {"list is empty", [](auto& d) { d["level"]["person"]["en"] = nlohmann::json::array(); },
         "words.not_a_list", "[words.not_a_list] not a list of words: level.person.en"},
        {"word is a number", [](auto& d) { d["direction"]["up"]["en"].push_back(1); },
         "words.not_a_word", "[words.not_a_word] not a word: direction.up.en"},
        {"word is blank", [](auto& d) { d["direction"]["up"]["en"].push_back("  "); },
         "words.not_a_word", "[words.not_a_word] not a word: direction.up.en"},
        {"word names two values", [](auto& d) { d["direction"]["down"]["en"].push_back("UP"); },
         "words.ambiguous", "[words.ambiguous] word names two values: direction: up"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        nlohmann::json data = shippedJson();
        c.change(data);
        expectError([&] { Words{data}; }, c.id, c.what);
    }
}

TEST(Words, UnreadableFileThrowsError) {
    const std::string missing = ::testing::TempDir() + "concord_no_such_words.json";
    expectError([&] { Words::load(missing); }, "words.file_missing",
                "[words.file_missing] cannot open the words file: " + missing);

    const std::string broken = ::testing::TempDir() + "concord_broken_words.json";
    std::ofstream(broken) << "{\"direction\": ";
    expectError([&] { Words::load(broken); }, "words.invalid_json",
                "[words.invalid_json] the words file is not valid JSON: " + broken);
    std::remove(broken.c_str());
}
