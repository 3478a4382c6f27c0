// The SMART vocabulary file: loading, the errors of a broken file, and extending the
// vocabulary in JSON without touching code.
#include "core/common/Error.hpp"
#include "core/smart/Analyser.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>

using namespace concord::core::common;
using namespace concord::core::smart;

namespace {

const char* const path = CONCORD_DATA_DIR "/smart.json";

nlohmann::json shippedJson() {
    std::ifstream in(path);
    return nlohmann::json::parse(
        std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
}

/// Returns the message of the Error that parsing `json` throws, or "" when it does not throw.
std::string parseError(const std::string& json) {
    try {
        Vocabulary::parse(json, "test.json");
    } catch (const Error& error) {
        EXPECT_EQ("smart.vocabulary_invalid", error.id());
        return error.what();
    }
    return "";
}

} // namespace

TEST(Vocabulary, ShippedFileLoads) {
    const Vocabulary vocabulary = Vocabulary::load(path);
    EXPECT_FALSE(vocabulary.rules().empty());
    EXPECT_LE(vocabulary.atomCount(), AtomSet::capacity);
}

TEST(Vocabulary, MissingFileIsUnreadable) {
    try {
        Vocabulary::load("/nonexistent/smart.json");
        FAIL() << "loaded a missing file";
    } catch (const Error& error) {
        EXPECT_EQ("smart.vocabulary_unreadable", error.id());
        EXPECT_STREQ("[smart.vocabulary_unreadable] cannot read the SMART vocabulary: "
                     "/nonexistent/smart.json",
                     error.what());
    }
}

TEST(Vocabulary, BrokenContentIsInvalid) {
    // each row: what is wrong, the JSON, the exact message
    nlohmann::json unknownList = shippedJson();
    unknownList["rules"][0]["patterns"].push_back("@noSuchList");
    nlohmann::json phraseInList = shippedJson();
    phraseInList["lists"]["month"].push_back("end of march");
    nlohmann::json missingHint = shippedJson();
    missingHint["hints"]["ru"].erase("T");
    nlohmann::json unknownEffect = shippedJson();
    unknownEffect["rules"][0]["effect"] = "maybe";
    nlohmann::json allOptional = shippedJson();
    allOptional["rules"][0]["patterns"].push_back("?by ?the");
    nlohmann::json contextFirst = shippedJson();
    contextFirst["rules"][0]["patterns"].push_back("=by");
    nlohmann::json contextThenNot = shippedJson();
    contextThenNot["rules"][0]["patterns"].push_back("by =the year");
    nlohmann::json unknownLevelList = shippedJson();
    unknownLevelList["hints"]["levels"].push_back("noSuchList");
    nlohmann::json missingLevelText = shippedJson();
    missingLevelText["hints"]["en"].erase("level.hintShare");
    nlohmann::json unknownMacro = shippedJson();
    unknownMacro["rules"][0]["patterns"].push_back("by {noSuchMacro}");

    EXPECT_EQ("[smart.vocabulary_invalid] test.json: missing section: lists", parseError("{}"));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: unknown list in pattern \"@noSuchList\": "
              "@noSuchList",
              parseError(unknownList.dump()));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: an entry must be one word, number or "
              "symbol (write phrases as patterns) in @month: end of march",
              parseError(phraseInList.dump()));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: missing hint: ru:T",
              parseError(missingHint.dump()));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: unknown effect in rule quoted-name: maybe",
              parseError(unknownEffect.dump()));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: a pattern needs at least one required "
              "element: ?by ?the",
              parseError(allOptional.dump()));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: unknown macro: noSuchMacro",
              parseError(unknownMacro.dump()));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: a pattern cannot start with a context "
              "element: =by",
              parseError(contextFirst.dump()));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: every element after a context element "
              "must be context: by =the year",
              parseError(contextThenNot.dump()));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: unknown list in hints.levels: noSuchList",
              parseError(unknownLevelList.dump()));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: missing hint: en:level.hintShare",
              parseError(missingLevelText.dump()));
    EXPECT_EQ(0U,
              parseError("{\"lists\": ").find("[smart.vocabulary_invalid] test.json: not JSON"));
}

TEST(Vocabulary, ANewWordInAListChangesTheVerdictWithoutCode) {
    // "iteration" is no period in the shipped file: "every iteration" is not time-bound
    const char* goal = "Ship 3 features every iteration.";
    const Analyser shipped(Vocabulary::load(path));
    EXPECT_FALSE(shipped.analyse({goal}).t);

    nlohmann::json extended = shippedJson();
    extended["lists"]["period"].push_back("iteration");
    const Analyser withIteration(Vocabulary::parse(extended.dump(), "extended.json"));
    EXPECT_TRUE(withIteration.analyse({goal}).t);
}

TEST(Vocabulary, StemsMatchInflectedRussianWords) {
    // "квартал*" in @quarterWord: "квартала", "кварталу", "квартале" all match
    const Analyser analyser(Vocabulary::load(path));
    for (const char* goal : {"Сдать отчёт до конца I квартала.", "Сдать отчёт к IV кварталу.",
                             "Сдать отчёт во II квартале."})
        EXPECT_TRUE(analyser.analyse({goal}).t) << goal;
}

TEST(Vocabulary, ExplainNamesTheRulesThatMatched) {
    // "by 31.12.2026" is a deadline, "120" a number, "Grow" a direction
    const Analyser analyser(Vocabulary::load(path));
    const std::vector<Match> matches = analyser.explain("Grow accounts to 120 by 31.12.2026.");
    ASSERT_EQ(3U, matches.size());
    EXPECT_EQ("deadline", matches[0].rule);
    EXPECT_EQ("by 31.12.2026", matches[0].text);
    EXPECT_EQ(Effect::Time, matches[0].effect);
    EXPECT_EQ("number", matches[1].rule);
    EXPECT_EQ("120", matches[1].text);
    EXPECT_EQ("direction", matches[2].rule);
    EXPECT_EQ("Grow", matches[2].text);
}

TEST(Vocabulary, ContextElementsMustMatchButStayFreeForLaterRules) {
    // "monthly =@recurringEvent": "monthly" is time, "report" stays a deliverable thing
    const Analyser analyser(Vocabulary::load(path));
    const std::vector<Match> matches = analyser.explain("Send a monthly report");
    ASSERT_EQ(3U, matches.size());
    EXPECT_EQ("deadline", matches[0].rule);
    EXPECT_EQ("monthly", matches[0].text);
    EXPECT_EQ("deliverable", matches[1].rule);
    EXPECT_EQ("Send", matches[1].text);
    EXPECT_EQ("deliverable-thing", matches[2].rule);
    EXPECT_EQ("report", matches[2].text);
    // without the context token, "monthly" names the KPI and is no period
    EXPECT_FALSE(analyser.analyse({"Increase monthly revenue to $3M."}).t);
}
