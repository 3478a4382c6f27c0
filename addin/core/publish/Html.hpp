#pragma once

#include <string>
#include <string_view>

namespace concord::core::publish {

/// The one place where a text becomes HTML or SVG (XML) markup. Every text that comes from
/// the workbook (names, codes, goals, hints, problems) passes through escape() before it is
/// written into a page, an attribute or a chart.
class Html {
public:
    /// text as character data or a quoted attribute value: & < > " ' become &amp; &lt; &gt;
    /// &quot; &#39;; a byte sequence that is not valid UTF-8 becomes U+FFFD; control
    /// characters other than tab, line feed and carriage return (which XML forbids or a
    /// browser may mishandle), and U+FFFE/U+FFFF, are dropped. Everything else (Cyrillic,
    /// emoji) is kept as it is. Never throws.
    static std::string escape(std::string_view text);
};

} // namespace concord::core::publish
