// `concord --help` reads cleanly in an 80-column terminal: no line is wider, no bracket
// pair is split over two lines, and every option's description is there in full, beside
// its option.
#include "GeneratorCli.hpp"

#include <Poco/Path.h>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace concord::integration {

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        result.push_back(line);
    return result;
}

/// The number of characters (UTF-8 code points) of a line: the columns it takes.
std::size_t columns(const std::string& line) {
    std::size_t count = 0;
    for (unsigned char c : line)
        count += (c & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

/// Every run of spaces and line breaks made one space: the text as a reader joins it.
std::string joined(const std::string& text) {
    std::string result;
    for (char c : text) {
        const bool blank = c == ' ' || c == '\n';
        if (!blank)
            result += c;
        else if (!result.empty() && result.back() != ' ')
            result += ' ';
    }
    return result;
}

} // namespace

TEST(CliHelp, FitsEightyColumnsWithNoBracketSplitOverTwoLines) {
    const auto help = GeneratorCli::run({"--help"}, Poco::Path::temp());
    ASSERT_EQ(0, help.exitCode) << help.err;
    const auto shown = lines(help.out);
    ASSERT_GT(shown.size(), 20U) << help.out;
    for (const std::string& line : shown) {
        SCOPED_TRACE(line);
        EXPECT_LE(columns(line), 80U);
        EXPECT_TRUE(line.empty() || line.back() != ' ') << "trailing space";
        for (const auto& [open, close] : {std::pair{'(', ')'}, {'[', ']'}, {'<', '>'}}) {
            int depth = 0;
            for (char c : line) {
                depth += c == open ? 1 : c == close ? -1 : 0;
                EXPECT_GE(depth, 0) << "a " << close << " opened on an earlier line";
            }
            EXPECT_EQ(0, depth) << "a " << open << " closed on a later line";
        }
    }
}

TEST(CliHelp, EveryOptionAndCommandIsDescribedInFull) {
    const auto help = GeneratorCli::run({"--help"}, Poco::Path::temp());
    ASSERT_EQ(0, help.exitCode) << help.err;
    const std::string text = joined(help.out);
    // each option with its whole description right after it
    for (const char* option : {
             "-h, --help show this help",
             "-oFILE, --output=FILE the workbook to write",
             "--pdf=FILE also write the report as a PDF: the generated sheets, A4 landscape",
             "--pdf-all the PDF holds every sheet, the input tables too",
             "--json=FILE also write the JSON export",
             "--period=P the period: 2026-09, 2026-Q3, 2026-W07 or 2026 (default: the latest "
             "with data)",
             "--lang=LANG language of the generated sheets: en or ru (default: the workbook's); "
             "also of these messages (default: the locale, LC_ALL, LC_MESSAGES or LANG)",
             "--oxt=FILE the extension to use (default: the one built beside this program)",
             "--port=PORT serve: the TCP port (default 8080)",
             "--bind=ADDRESS serve: the address to listen on (default 127.0.0.1: this machine "
             "only)",
             "--format=FMT handout: ods (default) or xlsx",
             "--take-returned collect: a conflict takes the returned value",
         })
        EXPECT_NE(std::string::npos, text.find(option)) << option << "\nnot in:\n" << help.out;
    // each command's synopsis and the last words of its description
    for (const char* command : {
             "concord build IN [-o OUT.ods] [--pdf OUT.pdf [--pdf-all]] [--json OUT.json] "
             "[--period P] [--lang ru|en] reads",
             "IN itself is never written to concord check IN [--json OUT.json] [--period P] "
             "[--lang ru|en] lists",
             "exit code 65 when there are input problems concord demo [--lang ru|en] builds",
             "prints the company summary concord functions [-o OUT.ods] writes",
             "(default: out/functions.ods) concord publish IN -o DIR [--period P] [--lang ru|en] "
             "writes",
             "api/scorecards.json; no script needed concord serve IN [--port 8080] [--bind "
             "127.0.0.1] [--period P] [--lang L] serves",
             "loopback unless --bind says otherwise concord handout MASTER --period P -o DIR "
             "[--format ods|xlsx] one workbook per department",
             "stamped concord collect MASTER RETURNED... [-o OUT] [--take-returned] "
             "[--json REPORT.json] merges",
             "MASTER is never written Exit codes: 0 success, 64 usage, 65 data error, 66 "
             "input missing, 70 other.",
         })
        EXPECT_NE(std::string::npos, text.find(command)) << command << "\nnot in:\n" << help.out;
}

TEST(CliHelp, SpeaksRussianWithLangRuAndInARussianLocale) {
    for (const auto& help :
         {GeneratorCli::run({"--lang", "ru", "--help"}, Poco::Path::temp()),
          GeneratorCli::run(
              {"--help"}, Poco::Path::temp(),
              {{"LC_ALL", ""}, {"LC_MESSAGES", "ru_RU.UTF-8"}, {"LANG", "C.UTF-8"}})}) {
        ASSERT_EQ(0, help.exitCode) << help.err;
        const auto shown = lines(help.out);
        ASSERT_GT(shown.size(), 20U) << help.out;
        EXPECT_EQ("использование: concord КОМАНДА [IN] [ПАРАМЕТРЫ]", shown[0]);
        for (const std::string& line : shown)
            EXPECT_LE(columns(line), 80U) << line;
        EXPECT_NE(std::string::npos, joined(help.out).find("-h, --help показать эту справку"))
            << help.out;
    }
}

} // namespace concord::integration
