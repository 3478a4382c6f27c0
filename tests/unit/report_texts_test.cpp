// The words of the generated sheets (registration/data/sheets.json): every id the
// generators use exists in en and ru, placeholders are filled, and the direction words the
// sheets write are words KPI.SCORE reads back.
#include "core/common/Error.hpp"
#include "core/common/Words.hpp"
#include "core/report/Texts.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::texts;

namespace {

std::string errorId(const nlohmann::json& data) {
    try {
        Texts texts(data);
    } catch (const Error& error) {
        return error.id() + " " + error.value();
    }
    return "no error";
}

} // namespace

TEST(Texts, EveryUsedIdExistsInBothLanguages) {
    for (const std::string& id : Texts::requiredIds()) {
        SCOPED_TRACE(id);
        EXPECT_FALSE(texts().text(id, Language::En).empty());
        EXPECT_FALSE(texts().text(id, Language::Ru).empty());
    }
}

TEST(Texts, SheetNamesOfDesignSection3) {
    const struct {
        const char* id;
        const char* en;
        const char* ru;
    } cases[] = {
        {"sheet.company", "Company", "Компания"},
        {"sheet.smart", "SMART", "SMART"},
        {"sheet.requests", "Request matrix", "Матрица запросов"},
        {"sheet.escalations", "Escalations", "Эскалации"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(c.en, texts().text(c.id, Language::En));
        EXPECT_EQ(c.ru, texts().text(c.id, Language::Ru));
    }
    EXPECT_EQ("Scorecard SAL", texts().format("sheet.scorecard", Language::En, {{"code", "SAL"}}));
    EXPECT_EQ("Карта SAL", texts().format("sheet.scorecard", Language::Ru, {{"code", "SAL"}}));
}

TEST(Texts, FormatFillsKnownPlaceholdersOnly) {
    EXPECT_EQ("Period 2026-09 · as of {date} · generated {time}",
              texts().format("title.period", Language::En, {{"period", "2026-09"}}));
    // a value is not searched for placeholders again
    EXPECT_EQ("Scorecard {code}",
              texts().format("sheet.scorecard", Language::En, {{"code", "{code}"}}));
}

TEST(Texts, DirectionWordsAreReadBackByTheSheetFunctions) {
    const Words words = Words::load(CONCORD_DATA_DIR "/words.json");
    for (Language language : {Language::En, Language::Ru}) {
        EXPECT_EQ(Direction::Up, words.direction(texts().text("direction.up", language)));
        EXPECT_EQ(Direction::Down, words.direction(texts().text("direction.down", language)));
        EXPECT_TRUE(words.isRangeDirection(texts().text("direction.range", language)));
    }
}

TEST(Texts, InvalidFilesAreRejected) {
    EXPECT_EQ("texts.invalid texts", errorId(nlohmann::json::object()));
    EXPECT_EQ("texts.invalid x",
              errorId(nlohmann::json::parse(R"({"texts": {"x": {"en": "a"}}})")));
    EXPECT_EQ("texts.invalid x",
              errorId(nlohmann::json::parse(R"({"texts": {"x": {"en": "a", "ru": ""}}})")));
    EXPECT_EQ("texts.missing " + Texts::requiredIds().front(),
              errorId(nlohmann::json::parse(R"({"texts": {}})")));
}

TEST(Texts, UnknownIdIsAnError) {
    try {
        texts().text("no.such.id", Language::En);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ("texts.unknown_id", error.id());
    }
}
