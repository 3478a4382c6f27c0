#pragma once

#include <string_view>

namespace concord::core::sheets {

/// A width (1/100 mm) at least as wide as Calc's optimal column width for this text in its
/// default cell font (Liberation Sans 10 pt), bold when `bold`: the sum of each character's
/// advance rounded up to a wide member of its class (digits, Latin, Cyrillic, symbols) plus
/// the cell's margins. Used for cells written after Calc measured the columns (see
/// Layout::measuredRows), where over-estimating costs a little width and under-estimating
/// would cut the text. Text is UTF-8 (common::Utf8::decode); a broken byte counts as one wide
/// character.
int textWidth(std::string_view text, bool bold);

} // namespace concord::core::sheets
