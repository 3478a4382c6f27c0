#include "core/common/Utf8.hpp"

#include <Poco/UTF8String.h>
#include <Poco/Unicode.h>

namespace concord::core::common {

int Utf8::decode(std::string_view text, std::size_t& pos) {
    // RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    const std::size_t available = text.size() - pos;
    const unsigned lead = bytes[0];
    if (lead < 0x80) {
        ++pos;
        return int(lead);
    }
    std::size_t length = 0;
    unsigned cp = 0;
    unsigned min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        min = 0x10000;
    }
    if (length == 0 || length > available) {
        ++pos;
        return -1;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((bytes[i] & 0xC0) != 0x80) {
            ++pos;
            return -1;
        }
        cp = (cp << 6) | (bytes[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return -1;
    }
    pos += length;
    return int(cp);
}

void Utf8::append(std::string& out, int cp) {
    const auto c = static_cast<unsigned>(cp);
    if (cp < 0 || c > 0x10FFFF)
        return;
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

int Utf8::fold(int cp) {
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp;
    if (cp >= 0x410 && cp <= 0x44F) // basic Russian alphabet, without a Poco call
        return cp < 0x430 ? cp + 0x20 : cp;
    if (cp == 0x401 || cp == 0x451) // Ё, ё
        return 0x435;
    if ((cp >= 0x2010 && cp <= 0x2013) || cp == 0x2212) // hyphens, figure and en dash, minus
        return '-';
    const int lower = Poco::Unicode::toLower(cp);
    return lower == 0x451 ? 0x435 : lower; // ё -> е
}

Utf8::Info Utf8::classify(int cp) {
    Info info;
    if (cp < 0x80) {
        info.upper = cp >= 'A' && cp <= 'Z';
        info.lower = cp >= 'a' && cp <= 'z';
        info.letter = info.upper || info.lower;
        info.script = info.letter ? Script::Latin : Script::Other;
        info.space = cp == ' ' || (cp >= '\t' && cp <= '\r');
        return info;
    }
    if (cp >= 0x400 && cp <= 0x45F) { // basic Cyrillic: Ѐ..Я upper, а..џ lower
        info.letter = true;
        info.upper = cp < 0x430;
        info.lower = !info.upper;
        info.script = Script::Cyrillic;
        return info;
    }
    Poco::Unicode::CharacterProperties props;
    Poco::Unicode::properties(cp, props);
    info.letter =
        props.category == Poco::Unicode::UCP_LETTER || props.category == Poco::Unicode::UCP_MARK;
    info.upper = props.type == Poco::Unicode::UCP_UPPER_CASE_LETTER ||
                 props.type == Poco::Unicode::UCP_TITLE_CASE_LETTER;
    info.lower = props.type == Poco::Unicode::UCP_LOWER_CASE_LETTER;
    info.space = props.category == Poco::Unicode::UCP_SEPARATOR || cp == 0x85;
    if (info.letter && props.script == Poco::Unicode::UCP_CYRILLIC)
        info.script = Script::Cyrillic;
    else if (info.letter && props.script == Poco::Unicode::UCP_LATIN)
        info.script = Script::Latin;
    return info;
}

std::string Utf8::lower(std::string_view text) {
    return Poco::UTF8::toLower(std::string(text));
}

std::string Utf8::lowerWithoutYo(std::string_view text) {
    const std::string yo = "\xD1\x91"; // ё
    const std::string ye = "\xD0\xB5"; // е, as many bytes as ё
    std::string out = lower(text);
    for (std::size_t at = out.find(yo); at != std::string::npos; at = out.find(yo, at))
        out.replace(at, yo.size(), ye);
    return out;
}

std::pair<int, std::size_t> Utf8::first(std::string_view text) {
    if (text.empty())
        return {-1, 0};
    std::size_t length = 0;
    const int cp = decode(text, length);
    return cp < 0 ? std::make_pair(-1, std::size_t(0)) : std::make_pair(cp, length);
}

} // namespace concord::core::common
