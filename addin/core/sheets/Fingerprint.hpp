#pragma once

#include "core/sheets/Layout.hpp"

#include <string>
#include <string_view>

namespace concord::core::sheets {

/// A short digest of everything a generated sheet shows and how (cells, formulas, formats,
/// panes, wrapped columns, banners, charts, print setup), so that a rebuild can leave alone
/// a sheet whose content did not change. Every occurrence of volatileText in a text cell
/// or print field is left out first: the generation time ("at 14:32:05") is on every
/// sheet's period line and would make every sheet differ from the last build.
///
/// 16 hexadecimal digits of 64-bit FNV-1a over a tagged, length-prefixed encoding (so that
/// "ab","c" and "a","bc" differ). Not a security hash: it only has to tell a changed sheet
/// from an unchanged one, with a 2^-64 chance of calling a changed sheet unchanged.
std::string fingerprint(const Layout& layout, std::string_view volatileText);

} // namespace concord::core::sheets
