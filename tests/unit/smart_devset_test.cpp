// SMART on the development set: 120 hand-labelled goals (tests/data/smart-dev.tsv, a copy of
// shared/data/smart-dev.tsv), 60 English and 60 Russian, with the expected S, M and T marks.
// Prints the accuracy per language and letter and every disagreement with the rules that
// matched, and asserts floors that the vocabulary reaches (checked by hand on this set).
#include "core/smart/SmartAnalyser.hpp"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace concord::core;

namespace {

struct Row {
    std::string id;
    std::string lang;
    std::array<bool, 3> expected; // S, M, T
    std::string text;
};

std::vector<Row> readDevSet() {
    std::ifstream in(CONCORD_SOURCE_DIR "/tests/data/smart-dev.tsv");
    std::vector<Row> rows;
    std::string line;
    std::getline(in, line); // header: id lang S M T text
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

const SmartAnalyser& analyser() {
    static const SmartAnalyser instance(SmartVocabulary::load(CONCORD_DATA_DIR "/smart.json"));
    return instance;
}

} // namespace

TEST(SmartDevSet, HoldsSixtyGoalsPerLanguage) {
    // definition of the set: 120 rows, half of them Russian
    const std::vector<Row> rows = readDevSet();
    ASSERT_EQ(120U, rows.size());
    std::size_t ru = 0;
    for (const Row& row : rows)
        ru += row.lang == "ru";
    EXPECT_EQ(60U, ru);
}

TEST(SmartDevSet, LanguageDetectionAgreesWithTheLabel) {
    for (const Row& row : readDevSet())
        EXPECT_EQ(row.lang, languageCode(analyser().analyse({row.text}).language)) << row.id;
}

TEST(SmartDevSet, AccuracyPerLanguageAndLetterReachesTheFloor) {
    const char* letters = "SMT";
    // floors per letter S, M, T: what the vocabulary reaches on this set, minus a margin
    const std::array<double, 3> floors = {0.95, 0.95, 0.95};
    for (const std::string lang : {"en", "ru"}) {
        std::array<int, 3> correct = {0, 0, 0};
        int total = 0;
        for (const Row& row : readDevSet()) {
            if (row.lang != lang)
                continue;
            ++total;
            const SmartResult result = analyser().analyse({row.text});
            const std::array<bool, 3> got = {result.s, result.m, result.t};
            for (int i = 0; i < 3; ++i) {
                if (got[i] == row.expected[i]) {
                    ++correct[i];
                    continue;
                }
                std::cout << "  " << row.id << " " << letters[i] << " expected " << row.expected[i]
                          << ": " << row.text << "\n";
                for (const SmartMatch& match : analyser().explain(row.text))
                    std::cout << "      " << match.rule << ": " << match.text << "\n";
            }
        }
        for (int i = 0; i < 3; ++i) {
            const double accuracy = double(correct[i]) / total;
            std::cout << "SMART dev set " << lang << " " << letters[i] << ": " << correct[i] << "/"
                      << total << " = " << accuracy << "\n";
            EXPECT_GE(accuracy, floors[std::size_t(i)]) << lang << " " << letters[i];
        }
    }
}

TEST(SmartDevSet, ThroughputIsReported) {
    // informative only (timing in unit tests is not reliable): goals per second on one core
    std::vector<SmartEvidence> goals;
    for (const Row& row : readDevSet())
        goals.push_back({row.text});
    const int rounds = 100;
    int score = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < rounds; ++round)
        for (const SmartEvidence& goal : goals)
            score += analyser().analyse(goal).score();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::cout << "SMART throughput: " << int(rounds * goals.size() / elapsed.count())
              << " goals/s\n";
    // definition: text alone gives at most S, M, A and T (no owner, so never R)
    EXPECT_LE(score, rounds * int(goals.size()) * 4);
}
