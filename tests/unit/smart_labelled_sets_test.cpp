// SMART on hand-labelled goal sets (tests/data/README.md says where each comes from):
// - smart-dev.tsv: the development set, 120 goals, 60 English and 60 Russian (a copy of
//   shared/data/smart-dev.tsv);
// - smart-extra.tsv: goals written for Concord in other forms than the dev set (OKR key
//   results, annual-report and ESG targets, government programme goals, mixed language),
//   labelled by the same rules before the analyser was tuned on them.
// Prints the accuracy per language and letter and every disagreement with the rules that
// matched, and asserts the floors the vocabulary reaches (checked by hand on each set).
#include "core/smart/Analyser.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>

#include <array>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace concord::core::smart;
using concord::test::analyser;

namespace {

struct Row {
    std::string id;
    std::string lang;
    std::array<bool, 3> expected; // S, M, T
    std::string text;
};

/// Reads a set: a header line "id lang S M T text", then one goal per line, tab-separated.
std::vector<Row> readSet(const std::string& name) {
    std::ifstream in(std::string(CONCORD_SOURCE_DIR "/tests/data/") + name);
    std::vector<Row> rows;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        Row row;
        std::string s, m, t;
        std::getline(fields, row.id, '\t');
        std::getline(fields, row.lang, '\t');
        std::getline(fields, s, '\t');
        std::getline(fields, m, '\t');
        std::getline(fields, t, '\t');
        std::getline(fields, row.text);
        row.expected = {s == "1", m == "1", t == "1"};
        rows.push_back(row);
    }
    return rows;
}

std::size_t countLanguage(const std::vector<Row>& rows, const std::string& lang) {
    std::size_t count = 0;
    for (const Row& row : rows)
        count += row.lang == lang;
    return count;
}

/// Prints the accuracy of `set` per language and letter, with every disagreement and the
/// rules that matched it, and checks each accuracy against `floors` (S, M, T).
void checkAccuracy(const std::string& set, const std::array<double, 3>& floors) {
    const char* letters = "SMT";
    const std::vector<Row> rows = readSet(set);
    for (const std::string lang : {"en", "ru"}) {
        std::array<int, 3> correct = {0, 0, 0};
        int total = 0;
        for (const Row& row : rows) {
            if (row.lang != lang)
                continue;
            ++total;
            const Result result = analyser().analyse({row.text});
            const std::array<bool, 3> got = {result.s, result.m, result.t};
            for (int i = 0; i < 3; ++i) {
                if (got[i] == row.expected[i]) {
                    ++correct[i];
                    continue;
                }
                std::cout << "  " << row.id << " " << letters[i] << " expected " << row.expected[i]
                          << ": " << row.text << "\n";
                for (const Match& match : analyser().explain(row.text))
                    std::cout << "      " << match.rule << ": " << match.text << "\n";
            }
        }
        ASSERT_GT(total, 0) << set << " has no " << lang << " goals";
        for (int i = 0; i < 3; ++i) {
            const double accuracy = double(correct[i]) / total;
            std::cout << "SMART " << set << " " << lang << " " << letters[i] << ": " << correct[i]
                      << "/" << total << " = " << accuracy << "\n";
            EXPECT_GE(accuracy, floors[std::size_t(i)]) << set << " " << lang << " " << letters[i];
        }
    }
}

} // namespace

TEST(SmartDevSet, HoldsSixtyGoalsPerLanguage) {
    // definition of the set: 120 rows, half of them Russian
    const std::vector<Row> rows = readSet("smart-dev.tsv");
    ASSERT_EQ(120U, rows.size());
    EXPECT_EQ(60U, countLanguage(rows, "ru"));
}

TEST(SmartDevSet, LanguageDetectionAgreesWithTheLabel) {
    for (const Row& row : readSet("smart-dev.tsv"))
        EXPECT_EQ(row.lang, languageCode(analyser().analyse({row.text}).language)) << row.id;
}

TEST(SmartDevSet, AccuracyPerLanguageAndLetterReachesTheFloor) {
    checkAccuracy("smart-dev.tsv", {0.95, 0.95, 0.95});
}

TEST(SmartExtraSet, HoldsAtLeastSeventyGoalsPerLanguage) {
    const std::vector<Row> rows = readSet("smart-extra.tsv");
    EXPECT_GE(countLanguage(rows, "en"), 70U);
    EXPECT_GE(countLanguage(rows, "ru"), 70U);
    EXPECT_EQ(rows.size(), countLanguage(rows, "en") + countLanguage(rows, "ru"));
}

TEST(SmartExtraSet, LanguageDetectionAgreesWithTheLabel) {
    for (const Row& row : readSet("smart-extra.tsv"))
        EXPECT_EQ(row.lang, languageCode(analyser().analyse({row.text}).language)) << row.id;
}

TEST(SmartExtraSet, AccuracyPerLanguageAndLetterReachesTheFloor) {
    checkAccuracy("smart-extra.tsv", {0.95, 0.95, 0.95});
}
