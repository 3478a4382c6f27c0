// SMART analyser throughput (issue 3): goals analysed per second on one core by the core
// analyser (concord::core::smart::Analyser::analyse: tokens, rules, marks and hint), over the
// development set repeated to 1,000,000 goals. No LibreOffice involved.
//
// Usage: bench_smart_throughput [goals] [labelled.tsv]
// Prints the goals per second and the ratio to the goal of 200,000 goals per second.
#include "core/smart/Analyser.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

using namespace concord::core::smart;

namespace {

constexpr double goalPerSecond = 200000;

/// Returns the goal texts (last column) of a labelled set: header, then tab-separated rows.
std::vector<Evidence> readGoals(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        std::exit(66);
    }
    std::vector<Evidence> goals;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#')
            goals.push_back({line.substr(line.rfind('\t') + 1)});
    return goals;
}

} // namespace

int main(int argc, char** argv) {
    const long total = argc > 1 ? std::atol(argv[1]) : 1000000;
    const std::string set = argc > 2 ? argv[2] : CONCORD_SOURCE_DIR "/tests/data/smart-dev.tsv";
    const std::vector<Evidence> goals = readGoals(set);
    if (goals.empty() || total <= 0) {
        std::fprintf(stderr, "no goals to analyse\n");
        return 65;
    }
    const Analyser analyser(Vocabulary::load(CONCORD_DATA_DIR "/smart.json"));

    // warm-up: one pass, so that the per-thread buffers have their size
    long checksum = 0;
    for (const Evidence& goal : goals)
        checksum += analyser.analyse(goal).score();

    // five rounds of a fifth each: the total rate, and the best round (the machine's other
    // load shows as a spread between the two)
    constexpr int rounds = 5;
    double elapsed = 0;
    double best = 0;
    long done = 0;
    for (int round = 0; round < rounds; ++round) {
        const long count = total / rounds + (round < total % rounds ? 1 : 0);
        const auto start = std::chrono::steady_clock::now();
        for (long i = 0; i < count; ++i, ++done) {
            const Result result = analyser.analyse(goals[std::size_t(done) % goals.size()]);
            checksum += result.score() + long(result.hint.size());
        }
        const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
        elapsed += seconds.count();
        if (count > 0)
            best = std::max(best, double(count) / seconds.count());
    }
    const double rate = double(total) / elapsed;
    std::printf("SMART analyser: %ld goals (%zu distinct, %s) in %.3f s on one core\n", total,
                goals.size(), set.c_str(), elapsed);
    std::printf("  %.0f goals/s (best of %d rounds: %.0f); goal %.0f goals/s; ratio %.2f "
                "(best %.2f; checksum %ld)\n",
                rate, rounds, best, goalPerSecond, rate / goalPerSecond, best / goalPerSecond,
                checksum);
    return 0;
}
