#pragma once

#include "core/common/CivilDate.hpp"
#include "core/common/Grid.hpp"
#include "core/common/Words.hpp"
#include "core/model/Frequency.hpp"
#include "core/model/Level.hpp"
#include "core/model/Period.hpp"
#include "core/model/TableSchema.hpp"
#include "core/model/Workbook.hpp"

#include <string>
#include <variant>
#include <vector>

namespace concord::core::model {

/// One input cell converted by its column's type: empty (std::monostate), a text (Key,
/// Text), a number (Number, Weight), a day of month (Day 1–31: int), a day number (Date, a
/// Period given as a date, or a Day given as a date: long), a Period (a Period given as text or as
/// a year number), or an enumeration value (Direction, Frequency, Level, bool for Agreed).
using ReaderValue = std::variant<std::monostate, std::string, double, int, long, Period,
                                 kpi::Direction, Frequency, Level, bool>;

/// The outcome of converting one cell: the value, or the id and arguments of the problem
/// (messages.json) when the cell does not fit its column.
struct ReaderConversion {
    ReaderValue value;
    std::string problem; ///< empty when the cell converted
    std::vector<std::string> args;
};

/// Converts raw cells into typed values by column type. Texts are trimmed; a whitespace
/// text is empty. Numbers: a number cell, or a text that is a plain number ("12.5",
/// "12,5", "-3", "95%" → 0.95). Dates: a Calc serial counted from the document's null date
/// (the fraction of a day dropped), or text 2026-09-15 / 15.09.2026, years 1–9999.
/// Periods: a date (→ its day number), a whole number 1000–9999 (→ that year, since Calc
/// stores a typed 2026 as a number), or text Period::parse reads. Direction also reads
/// 1 / −1, Agreed 1 / 0 (Calc's TRUE / FALSE), as the sheet functions do. Day: a whole
/// number 1–31 (a number cell or text) is a day; a number above 31 is a date serial and a
/// date text is a date (a Due day that holds the due date itself).
class ReaderConverter {
public:
    /// words: the enumeration vocabulary; nullDate: the document's date serial 0.
    ReaderConverter(const common::Words& words, const common::CivilDate& nullDate);

    /// The cell converted as the type says. Problems: "input.cell_error",
    /// "input.not_a_number", "input.negative_weight", "input.not_a_date",
    /// "input.not_a_period", "input.not_a_day", "input.unknown_direction",
    /// "input.unknown_frequency", "input.unknown_level", "input.unknown_agreed"; each with
    /// the cell's text as {1}. An empty cell converts to std::monostate without problem.
    ReaderConversion convert(const common::Cell& cell, ColumnType type) const;

private:
    const common::Words& _words;
    long _nullDay;
};

} // namespace concord::core::model
