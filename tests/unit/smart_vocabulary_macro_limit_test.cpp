// How far the macros of one written pattern may multiply: up to 10000 phrases (the shipped
// smart.json has at most 216). Found while writing fuzz_vocabulary (by reading the compiler,
// then confirmed as a libFuzzer timeout of the target): seven macros of ten words each made
// 10^7 phrases, and the compiler ran past 20 s before any answer.
#include "core/common/Error.hpp"
#include "core/smart/Vocabulary.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>

using namespace concord::core::common;
using namespace concord::core::smart;

namespace {

/// The shipped vocabulary with the macro "ten" (ten words) and one more pattern of the
/// first rule: "{ten}" written `times` times.
std::string withTenToThe(int times) {
    std::ifstream in(CONCORD_DATA_DIR "/smart.json");
    nlohmann::json vocabulary = nlohmann::json::parse(in);
    vocabulary["macros"]["ten"] = {"alpha",   "bravo", "charlie", "delta", "echo",
                                   "foxtrot", "golf",  "hotel",   "india", "juliett"};
    std::string pattern = "{ten}";
    for (int i = 1; i < times; ++i)
        pattern += " {ten}";
    vocabulary["rules"][0]["patterns"].push_back(pattern);
    return vocabulary.dump();
}

} // namespace

TEST(VocabularyMacroLimit, MoreThanTenThousandPhrasesIsRefused) {
    // 10^5 phrases; the value is the pattern as written
    try {
        Vocabulary::parse(withTenToThe(5), "test.json");
        FAIL() << "a pattern of 100000 phrases was compiled";
    } catch (const Error& error) {
        EXPECT_EQ("smart.vocabulary_invalid", error.id());
        EXPECT_EQ("{ten} {ten} {ten} {ten} {ten}", error.value());
        EXPECT_STREQ("[smart.vocabulary_invalid] test.json: a pattern expands to more than "
                     "10000 phrases: {ten} {ten} {ten} {ten} {ten}",
                     error.what());
    }
}

TEST(VocabularyMacroLimit, ExactlyTenThousandPhrasesCompile) {
    // 10^4 phrases: the limit itself; the first rule now has 10000 more patterns
    const Vocabulary shipped = Vocabulary::load(CONCORD_DATA_DIR "/smart.json");
    const Vocabulary vocabulary = Vocabulary::parse(withTenToThe(4), "test.json");
    EXPECT_EQ(shipped.rules()[0].patterns().size() + 10000,
              vocabulary.rules()[0].patterns().size());
}
