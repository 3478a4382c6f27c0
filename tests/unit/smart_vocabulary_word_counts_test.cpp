// The word counts of the SMART hints in the vocabulary file (hints.startWords,
// wholeGoalWords, exampleWords): whole numbers from 1 to 1000, anything else is refused with
// the offending JSON value. Found while writing fuzz_vocabulary (by reading the compiler, then
// confirmed by the target under UBSan): 1e10 was converted to int unchecked, undefined
// behaviour ("1e+10 is outside the range of representable values of type 'int'").
#include "core/common/Error.hpp"
#include "core/smart/Vocabulary.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace concord::core::common;
using namespace concord::core::smart;

namespace {

nlohmann::json shippedJson() {
    std::ifstream in(CONCORD_DATA_DIR "/smart.json");
    return nlohmann::json::parse(in);
}

/// The message parsing the shipped vocabulary with hints[key] = value throws, or "".
std::string errorWith(const char* key, const nlohmann::json& value) {
    nlohmann::json vocabulary = shippedJson();
    vocabulary["hints"][key] = value;
    try {
        Vocabulary::parse(vocabulary.dump(), "test.json");
    } catch (const Error& error) {
        EXPECT_EQ("smart.vocabulary_invalid", error.id());
        EXPECT_EQ(Error::Category::Configuration, error.category());
        return error.what();
    }
    return "";
}

} // namespace

TEST(VocabularyWordCounts, OutOfRangeOrNotWholeIsRefusedWithTheValue) {
    // the value is the JSON as written back by nlohmann: 1e10 → 10000000000.0
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: hints.startWords must be a whole number "
              "from 1 to 1000: 10000000000.0",
              errorWith("startWords", 1e10));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: hints.wholeGoalWords must be a whole "
              "number from 1 to 1000: -3",
              errorWith("wholeGoalWords", -3));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: hints.exampleWords must be a whole number "
              "from 1 to 1000: 0",
              errorWith("exampleWords", 0));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: hints.exampleWords must be a whole number "
              "from 1 to 1000: 1001",
              errorWith("exampleWords", 1001));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: hints.startWords must be a whole number "
              "from 1 to 1000: 2.5",
              errorWith("startWords", 2.5));
    EXPECT_EQ("[smart.vocabulary_invalid] test.json: hints.startWords must be a whole number "
              "from 1 to 1000: \"4\"",
              errorWith("startWords", "4"));
}

TEST(VocabularyWordCounts, TheBoundsAndAMissingCountAreAccepted) {
    EXPECT_EQ("", errorWith("startWords", 1));
    EXPECT_EQ("", errorWith("exampleWords", 1000));
    nlohmann::json withoutCounts = shippedJson();
    for (const char* key : {"startWords", "wholeGoalWords", "exampleWords"})
        withoutCounts["hints"].erase(key);
    EXPECT_NO_THROW(Vocabulary::parse(withoutCounts.dump(), "test.json"));
}
