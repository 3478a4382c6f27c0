#include "core/common/Placeholders.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

using concord::core::common::Placeholders;

TEST(Placeholders, NumberedArgumentsAreFilledInOnePass) {
    // "A{2}" is a department code as the user wrote it: it must not become "AB"
    // (GeneratorTexts used to replace {2} again inside the text put in for {1}).
    EXPECT_EQ("A{2} owes B", Placeholders::numbered("{1} owes {2}", {"A{2}", "B"}));
    // an argument holding its own placeholder stays too
    EXPECT_EQ("{1}", Placeholders::numbered("{1}", {"{1}"}));
}

TEST(Placeholders, NumberedPlaceholdersWithoutAnArgumentStay) {
    // {3} has no argument, {0} and {01} are no argument numbers, {x} no number at all
    EXPECT_EQ("a b {3} {0} {01} {x}",
              Placeholders::numbered("{1} {2} {3} {0} {01} {x}", {"a", "b"}));
    // the same placeholder twice gets the same argument
    EXPECT_EQ("x-x", Placeholders::numbered("{1}-{1}", {"x"}));
    // ten arguments: {10} is the tenth, not {1} followed by "0}"
    const std::vector<std::string> ten = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "ten"};
    EXPECT_EQ("ten/1", Placeholders::numbered("{10}/{1}", ten));
}

TEST(Placeholders, UnclosedAndNestedBracesAreText) {
    // no closing brace: everything stays
    EXPECT_EQ("{1", Placeholders::numbered("{1", {"a"}));
    // a name holds no brace: "{x" is text and "{1}" right after it is a placeholder
    EXPECT_EQ("{xa", Placeholders::numbered("{x{1}", {"a"}));
    EXPECT_EQ("Cyrillic «a» ok", Placeholders::numbered("Cyrillic «{1}» ok", {"a"}));
}

TEST(Placeholders, NamedValuesAreFilledInOnePass) {
    const std::vector<std::pair<std::string, std::string>> values = {{"code", "{name}"},
                                                                     {"name", "Sales"}};
    // the code "{name}" is put in as written, never read as a placeholder again
    EXPECT_EQ("Scorecard: Sales ({name})",
              Placeholders::named("Scorecard: {name} ({code})", values));
    // unknown names stay as written
    EXPECT_EQ("{unknown} Sales", Placeholders::named("{unknown} {name}", values));
}

TEST(Placeholders, NamedTakesTheFirstValueOfAName) {
    const std::vector<std::pair<std::string_view, std::string>> values = {{"a", "first"},
                                                                          {"a", "second"}};
    EXPECT_EQ("first", Placeholders::named("{a}", values));
}
