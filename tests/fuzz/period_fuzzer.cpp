// libFuzzer target for Period::parse (see CMakeLists.txt for the build and run commands).
//
// Input: the text given to Period::parse, as it is.
//
// What must hold for any input: parse() returns (no exception at all: it is documented to
// return nullopt for a text that is not a period); a parsed period is a week, month, quarter
// or year of a year 1–9999 with an index its year has; its label() parses back to the same
// period; containing() its first and last day gives it back; first day ≤ last day;
// next().previous() and previous().next() give it back.
#include "FuzzSupport.hpp"

#include "core/model/Period.hpp"

#include <cstddef>
#include <cstdint>

using concord::core::model::Frequency;
using concord::core::model::Period;
using concord::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::optional<Period> period = Period::parse(concord::fuzz::text(data, size));
    if (!period)
        return 0;
    const Period p = *period;
    require(p.frequency != Frequency::Once);
    require(p.year >= 1 && p.year <= 9999);
    require(p.index >= 1 && p.index <= 53);
    require(p.frequency != Frequency::Month || p.index <= 12);
    require(p.frequency != Frequency::Quarter || p.index <= 4);
    require(p.frequency != Frequency::Year || p.index == 1);
    const std::optional<Period> again = Period::parse(p.label());
    require(again && *again == p);
    require(p.firstDay() <= p.lastDay());
    require(Period::containing(p.frequency, p.firstDay()) == p);
    require(Period::containing(p.frequency, p.lastDay()) == p);
    require(p.next().previous() == p);
    require(p.previous().next() == p);
    require(p.next().firstDay() == p.lastDay() + 1);
    return 0;
}
