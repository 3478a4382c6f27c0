#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <string>
#include <vector>

namespace concord::uno {

// Text between UNO (UTF-16) and the core (UTF-8): the one conversion of the component
// (addin/uno) and the command line (addin/cli), built once as concord_uno_text.

/// The UTF-8 bytes of an OUString.
std::string toUtf8(const rtl::OUString& text);
/// The OUString of a UTF-8 string (Cyrillic included).
rtl::OUString fromUtf8(const std::string& text);
/// Each text as an OUString, in order.
css::uno::Sequence<rtl::OUString> toSequence(const std::vector<std::string>& texts);
/// Each OUString as UTF-8, in order.
std::vector<std::string> toStrings(const css::uno::Sequence<rtl::OUString>& texts);

} // namespace concord::uno
