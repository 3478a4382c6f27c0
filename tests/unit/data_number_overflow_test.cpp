// A number too large for a double (1e999) in a data file the core parses with exceptions:
// the SMART vocabulary (Vocabulary::parse) and the function catalogue (Catalogue::load)
// refuse the file with their own configuration Error. Found by fuzz_vocabulary: nlohmann
// reports the overflow as out_of_range 406, not as a parse_error, and it escaped both
// loaders as a bare nlohmann exception.
#include "core/common/Error.hpp"
#include "core/functions/Catalogue.hpp"
#include "core/smart/Vocabulary.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace concord::core;
using common::Error;

TEST(DataNumberOverflow, VocabularyRefusesANumberBeyondDouble) {
    try {
        smart::Vocabulary::parse("{\"lists\": 1e999}", "test.json");
        FAIL() << "1e999 was read";
    } catch (const Error& error) {
        EXPECT_EQ("smart.vocabulary_invalid", error.id());
        EXPECT_EQ(Error::Category::Configuration, error.category());
        EXPECT_STREQ("[smart.vocabulary_invalid] test.json: not JSON "
                     "([json.exception.out_of_range.406] number overflow parsing '1e999')",
                     error.what());
    }
}

TEST(DataNumberOverflow, CatalogueRefusesANumberBeyondDouble) {
    const std::string path = "/tmp/concord-unit-catalogue-" + std::to_string(::getpid()) + ".json";
    std::ofstream(path) << "{\"service\": \"org.concord.Functions\", \"functions\": [-1e999]}";
    try {
        functions::Catalogue::load(path);
        ADD_FAILURE() << "-1e999 was read";
    } catch (const Error& error) {
        EXPECT_EQ("catalogue.invalid", error.id());
        EXPECT_EQ(Error::Category::Configuration, error.category());
        EXPECT_EQ(path, error.value());
        EXPECT_EQ("[catalogue.invalid] not valid JSON ([json.exception.out_of_range.406] number "
                  "overflow parsing '-1e999'): " +
                      path,
                  error.what());
    }
    std::remove(path.c_str());
}
