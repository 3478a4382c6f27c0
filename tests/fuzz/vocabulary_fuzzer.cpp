// libFuzzer target for the SMART vocabulary loader (smart::Vocabulary::parse; see
// CMakeLists.txt for the build and run commands).
//
// Input: the text of a vocabulary file; seeds in corpus/vocabulary are smart.json and small
// vocabularies of the unit tests' shape.
//
// What must hold for any input: parse() either throws core::common::Error
// "smart.vocabulary_invalid" or gives a vocabulary with at least the built-in atoms, and an
// analyser built from it analyses a few goals (en and ru, one with evidence) without any
// exception.
#include "FuzzSupport.hpp"

#include "core/common/Error.hpp"
#include "core/smart/Analyser.hpp"
#include "core/smart/Vocabulary.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace concord::core;
using concord::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(concord::fuzz::text(data, size));
    try {
        smart::Vocabulary vocabulary = smart::Vocabulary::parse(text, "fuzz.json");
        require(vocabulary.atomCount() > 0);
        const smart::Analyser analyser(std::move(vocabulary));
        smart::Evidence evidence;
        for (const char* goal : {"Increase revenue by 10% by 31 December 2026",
                                 "Увеличить выручку на 10% до 31.12.2026", "improve things"}) {
            evidence.goal = goal;
            const smart::Result result = analyser.analyse(evidence);
            require(result.score() >= 0 && result.score() <= 5);
            analyser.explain(goal);
        }
        evidence.kpi = "Revenue";
        evidence.owner = "Anna";
        evidence.target = 120;
        evidence.deadline = 46387;
        analyser.analyse(evidence);
    } catch (const common::Error& error) {
        require(error.id() == "smart.vocabulary_invalid");
    }
    return 0;
}
