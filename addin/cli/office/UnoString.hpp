#pragma once

#include <rtl/ustring.hxx>

#include <string>

namespace concord::cli {

/// Conversions between std::string (UTF-8) and rtl::OUString, the one place where the
/// launcher and its callers cross that border.
class UnoString {
public:
    /// The OUString of a UTF-8 string (Cyrillic included).
    static rtl::OUString fromUtf8(const std::string& text);
    /// The UTF-8 bytes of an OUString.
    static std::string toUtf8(const rtl::OUString& text);
};

} // namespace concord::cli
