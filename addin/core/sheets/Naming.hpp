#pragma once

#include <set>
#include <string>

namespace concord::core::sheets {

/// A sheet name Calc accepts: the characters []*?:/\ become '_', a leading or trailing
/// apostrophe is dropped, and a name left empty becomes "_" (Calc has no empty names).
std::string safeSheetName(std::string name);

/// A sheet name as Calc compares names: ignoring case, Cyrillic included ("Компания"
/// and "компания" are the same sheet name).
std::string foldedSheetName(const std::string& name);

/// wanted, or "wanted (2)", "wanted (3)"…: the first of these whose folded form
/// (foldedSheetName) is not in taken.
std::string freeSheetName(const std::set<std::string>& taken, const std::string& wanted);

} // namespace concord::core::sheets
