// The command line's own texts (registration/data/cli.json, core::cli::CliTexts) and the
// language it speaks (core::cli::CliLanguage): --lang, else LC_ALL, LC_MESSAGES, LANG.
#include "core/cli/CliLanguage.hpp"
#include "core/cli/CliTexts.hpp"
#include "core/common/Error.hpp"
#include "core/common/Language.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using concord::core::cli::CliLanguage;
using concord::core::cli::CliTexts;
using concord::core::common::Error;
using concord::core::common::Language;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const nlohmann::json& shippedJson() {
    static const nlohmann::json data =
        nlohmann::json::parse(readFile(std::string(CONCORD_DATA_DIR) + "/cli.json"));
    return data;
}

/// The placeholders {1}, {2} … of a text, each as often as it occurs.
std::multiset<std::string> placeholders(const std::string& text) {
    static const std::regex placeholder(R"(\{[0-9]+\})");
    std::multiset<std::string> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder);
         it != std::sregex_iterator(); ++it)
        found.insert(it->str());
    return found;
}

/// The ids the command line's sources name: "<group>.<name>" in quotes, and "help".
std::set<std::string> idsInSources() {
    static const std::regex id(
        R"re("((?:progress|doing|office|handout|error|usage|result|report|serve)\.[a-z_]+)")re");
    std::set<std::string> ids{"help"};
    const std::filesystem::path cli = std::filesystem::path(CONCORD_SOURCE_DIR) / "addin" / "cli";
    for (const auto& entry : std::filesystem::recursive_directory_iterator(cli)) {
        if (entry.path().extension() != ".cpp")
            continue;
        const std::string source = readFile(entry.path().string());
        for (auto it = std::sregex_iterator(source.begin(), source.end(), id);
             it != std::sregex_iterator(); ++it)
            ids.insert((*it)[1].str());
    }
    return ids;
}

/// The characters (UTF-8 code points) of a line: the columns it takes.
std::size_t columns(const std::string& line) {
    std::size_t count = 0;
    for (unsigned char c : line)
        count += (c & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

} // namespace

TEST(CliTexts, EveryTextHasEnglishAndRussianWithTheSamePlaceholders) {
    ASSERT_TRUE(shippedJson().is_object());
    int checked = 0;
    for (const auto& [id, entry] : shippedJson().items()) {
        if (id == "about")
            continue;
        SCOPED_TRACE(id);
        ASSERT_TRUE(entry.is_object());
        ASSERT_TRUE(entry.contains("en") && entry["en"].is_string());
        ASSERT_TRUE(entry.contains("ru") && entry["ru"].is_string());
        const std::string en = entry["en"];
        const std::string ru = entry["ru"];
        EXPECT_FALSE(en.empty());
        EXPECT_FALSE(ru.empty());
        EXPECT_EQ(placeholders(en), placeholders(ru));
        EXPECT_EQ(2U, entry.size()) << "only en and ru";
        ++checked;
    }
    EXPECT_GT(checked, 50);
    // and the loader takes the file as it is
    EXPECT_NO_THROW(CliTexts{shippedJson()});
}

TEST(CliTexts, EveryIdTheCommandLineNamesIsInTheFileAndNoneElse) {
    const CliTexts texts(shippedJson());
    const std::vector<std::string> listed = texts.ids();
    const std::set<std::string> inFile(listed.begin(), listed.end());
    const std::set<std::string> used = idsInSources();
    for (const std::string& id : used)
        EXPECT_EQ(1U, inFile.count(id)) << id << " is used by addin/cli but not in cli.json";
    for (const std::string& id : inFile)
        EXPECT_EQ(1U, used.count(id)) << id << " is in cli.json but addin/cli never uses it";
}

TEST(CliTexts, FillsNumberedPlaceholdersInEitherLanguage) {
    const CliTexts texts(shippedJson());
    EXPECT_EQ("in.ods: no such file", texts.text("error.no_such_file", Language::En, {"in.ods"}));
    EXPECT_EQ("in.ods: такого файла нет",
              texts.text("error.no_such_file", Language::Ru, {"in.ods"}));
    EXPECT_EQ("concord: открываю /tmp/a b.ods",
              texts.text("progress.opening", Language::Ru, {"/tmp/a b.ods"}));
    // the office-lost line as WorkbookSession puts it together (README "The command line")
    EXPECT_EQ("LibreOffice stopped unexpectedly while building sheets of IN (it was killed by "
              "signal 9 (Killed)); not written: OUT.ods; no file is left half-written. Run the "
              "command again.",
              texts.text("office.lost", Language::En,
                         {texts.text("doing.build", Language::En, {"IN"}),
                          " (" + texts.text("office.killed", Language::En, {"9", "Killed"}) + ")",
                          texts.text("office.not_written", Language::En, {"OUT.ods"})}));
    EXPECT_EQ("LibreOffice неожиданно завершился во время записи OUT.ods; не записано: OUT.ods; "
              "ни один файл не оставлен записанным наполовину. Запустите команду ещё раз.",
              texts.text("office.lost", Language::Ru,
                         {texts.text("doing.write", Language::Ru, {"OUT.ods"}), "",
                          texts.text("office.not_written", Language::Ru, {"OUT.ods"})}));
    // a value holding "{2}" stays as written
    EXPECT_EQ("{2}.ods: no such file", texts.text("error.no_such_file", Language::En, {"{2}.ods"}));
}

TEST(CliTexts, HelpFitsEightyColumnsInBothLanguages) {
    const CliTexts texts(shippedJson());
    for (const Language language : {Language::En, Language::Ru}) {
        std::istringstream help(texts.text("help", language));
        int lines = 0;
        for (std::string line; std::getline(help, line); ++lines) {
            SCOPED_TRACE(line);
            EXPECT_LE(columns(line), 80U);
            EXPECT_TRUE(line.empty() || line.back() != ' ');
        }
        EXPECT_GT(lines, 40);
    }
}

TEST(CliTexts, RefusesAnEntryWithoutRussianAndAnUnknownId) {
    const nlohmann::json noRussian = {{"a.b", {{"en", "x"}}}};
    try {
        CliTexts{noRussian};
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ("cli.texts_invalid", error.id());
        EXPECT_EQ("a.b", error.value());
    }
    const nlohmann::json emptyEnglish = {{"a.b", {{"en", ""}, {"ru", "y"}}}};
    EXPECT_THROW(CliTexts{emptyEnglish}, Error);
    EXPECT_THROW(CliTexts::parse("{not json"), Error);
    const CliTexts texts(nlohmann::json{{"about", "ignored"}, {"a.b", {{"en", "x"}, {"ru", "y"}}}});
    EXPECT_EQ(std::vector<std::string>{"a.b"}, texts.ids());
    try {
        texts.text("a.c", Language::En);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ("cli.text_unknown", error.id());
        EXPECT_EQ("a.c", error.value());
    }
}

TEST(CliLanguage, LangOptionDecidesOverTheLocale) {
    EXPECT_EQ(Language::Ru, CliLanguage::choose("ru", "en_US.UTF-8", "", ""));
    EXPECT_EQ(Language::En, CliLanguage::choose("en", "ru_RU.UTF-8", "ru_RU.UTF-8", "ru_RU.UTF-8"));
}

TEST(CliLanguage, FirstNonEmptyOfLcAllLcMessagesLangStartingWithRuIsRussian) {
    struct Case {
        const char* lcAll;
        const char* lcMessages;
        const char* lang;
        Language expected;
    };
    const Case cases[] = {
        // none set, or C/POSIX → English
        {"", "", "", Language::En},
        {"", "", "C.UTF-8", Language::En},
        {"", "", "POSIX", Language::En},
        // LANG alone
        {"", "", "ru_RU.UTF-8", Language::Ru},
        {"", "", "ru", Language::Ru},
        {"", "", "en_US.UTF-8", Language::En},
        // LC_MESSAGES before LANG
        {"", "ru_RU.UTF-8", "en_US.UTF-8", Language::Ru},
        {"", "en_GB.UTF-8", "ru_RU.UTF-8", Language::En},
        {"", "C", "ru_RU.UTF-8", Language::En},
        // LC_ALL before both
        {"ru_UA.UTF-8", "en_US.UTF-8", "en_US.UTF-8", Language::Ru},
        {"C.UTF-8", "ru_RU.UTF-8", "ru_RU.UTF-8", Language::En},
        {"en_US.UTF-8", "", "ru_RU.UTF-8", Language::En},
        // empty counts as not set
        {"", "", "ru_RU.KOI8-R", Language::Ru},
        // "starts with ru": glibc's alias "russian" too; a capital RU does not
        {"", "", "russian", Language::Ru},
        {"", "", "RU_RU.UTF-8", Language::En},
        {"", "", "de_DE.UTF-8", Language::En},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(std::string(c.lcAll) + " | " + c.lcMessages + " | " + c.lang);
        EXPECT_EQ(c.expected, CliLanguage::choose("", c.lcAll, c.lcMessages, c.lang));
    }
}
