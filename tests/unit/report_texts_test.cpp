// The words of the generated sheets (registration/data/sheets.json): every id the
// generators use exists in en and ru, placeholders are filled, and the direction words the
// sheets write are words KPI.SCORE reads back.
#include "core/Error.hpp"
#include "core/Words.hpp"
#include "core/report/ReportTexts.hpp"
#include "shipped_data.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace concord::core;
using concord::test::texts;

namespace {

std::string errorId(const nlohmann::json& data) {
    try {
        ReportTexts texts(data);
    } catch (const Error& error) {
        return error.id() + " " + error.value();
    }
    return "no error";
}

} // namespace

TEST(ReportTexts, EveryUsedIdExistsInBothLanguages) {
    for (const std::string& id : ReportTexts::requiredIds()) {
        SCOPED_TRACE(id);
        EXPECT_FALSE(texts().text(id, UiLanguage::En).empty());
        EXPECT_FALSE(texts().text(id, UiLanguage::Ru).empty());
    }
}

TEST(ReportTexts, SheetNamesOfDesignSection3) {
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
        EXPECT_EQ(c.en, texts().text(c.id, UiLanguage::En));
        EXPECT_EQ(c.ru, texts().text(c.id, UiLanguage::Ru));
    }
    EXPECT_EQ("Scorecard SAL",
              texts().format("sheet.scorecard", UiLanguage::En, {{"code", "SAL"}}));
    EXPECT_EQ("Карта SAL", texts().format("sheet.scorecard", UiLanguage::Ru, {{"code", "SAL"}}));
}

TEST(ReportTexts, FormatFillsKnownPlaceholdersOnly) {
    EXPECT_EQ("Period 2026-09 · as of {date} · generated {time}",
              texts().format("title.period", UiLanguage::En, {{"period", "2026-09"}}));
    // a value is not searched for placeholders again
    EXPECT_EQ("Scorecard {code}",
              texts().format("sheet.scorecard", UiLanguage::En, {{"code", "{code}"}}));
}

TEST(ReportTexts, DirectionWordsAreReadBackByTheSheetFunctions) {
    const Words words = Words::load(CONCORD_DATA_DIR "/words.json");
    for (UiLanguage language : {UiLanguage::En, UiLanguage::Ru}) {
        EXPECT_EQ(Direction::Up, words.direction(texts().text("direction.up", language)));
        EXPECT_EQ(Direction::Down, words.direction(texts().text("direction.down", language)));
        EXPECT_TRUE(words.isRangeDirection(texts().text("direction.range", language)));
    }
}

TEST(ReportTexts, InvalidFilesAreRejected) {
    EXPECT_EQ("texts.invalid texts", errorId(nlohmann::json::object()));
    EXPECT_EQ("texts.invalid x",
              errorId(nlohmann::json::parse(R"({"texts": {"x": {"en": "a"}}})")));
    EXPECT_EQ("texts.invalid x",
              errorId(nlohmann::json::parse(R"({"texts": {"x": {"en": "a", "ru": ""}}})")));
    EXPECT_EQ("texts.missing " + ReportTexts::requiredIds().front(),
              errorId(nlohmann::json::parse(R"({"texts": {}})")));
}

TEST(ReportTexts, UnknownIdIsAnError) {
    try {
        texts().text("no.such.id", UiLanguage::En);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ("texts.unknown_id", error.id());
    }
}
