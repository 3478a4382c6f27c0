#include "core/publish/Html.hpp"

#include "core/common/Utf8.hpp"

namespace concord::core::publish {

namespace {

constexpr int replacementCharacter = 0xFFFD;

/// XML 1.0 forbids these code points (C0 controls but tab, LF, CR; U+FFFE, U+FFFF); DEL and
/// the C1 controls are allowed there but no browser shows them usefully.
bool dropped(int cp) {
    if (cp < 0x20)
        return cp != '\t' && cp != '\n' && cp != '\r';
    return (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
}

} // namespace

std::string Html::escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const int cp = common::Utf8::decode(text, pos);
        switch (cp) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        case -1:
            common::Utf8::append(out, replacementCharacter);
            break;
        default:
            if (!dropped(cp))
                out.append(text.substr(start, pos - start));
        }
    }
    return out;
}

} // namespace concord::core::publish
