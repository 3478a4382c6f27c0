#pragma once

#include <cstdint>

namespace concord::core::smart {

/// Atom ids the tokeniser assigns itself; the vocabulary numbers its own atoms after them.
/// In patterns they are written #num, #int, #year, #day, #date, #daymonth, #lead, &word,
/// &titled, &upper.
enum BuiltinAtom : std::uint16_t {
    AtomNumber,   ///< #num: any number that is not a date (12, 2,5, 1 000, 3.0)
    AtomInteger,  ///< #int: digits only (12, 2026)
    AtomYear,     ///< #year: four digits from 1900 to 2199
    AtomDay,      ///< #day: one or two digits from 1 to 31
    AtomDate,     ///< #date: a calendar date in digits (31.12.2026, 2026-12-31, 12/31/2026)
    AtomDayMonth, ///< #daymonth: day and month with a dot, no year (31.12, 01.07)
    AtomLead,     ///< #lead: an integer of one or two digits that opens the text ("1. Launch…")
    AtomWord,     ///< &word: a run of letters
    AtomTitled,   ///< &titled: a capitalised word that does not start a sentence (Office)
    AtomUpper,    ///< &upper: a word of two or more capitals (ISO, CRM)
    AtomBuiltinCount
};

} // namespace concord::core::smart
