#include "core/smart/SmartUtf8.hpp"

#include <Poco/UTF8Encoding.h>
#include <Poco/Unicode.h>

namespace concord::core {

namespace {

const Poco::UTF8Encoding& encoding() {
    static const Poco::UTF8Encoding utf8;
    return utf8;
}

} // namespace

int SmartUtf8::decode(std::string_view text, std::size_t& pos) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    if (bytes[0] < 0x80) {
        ++pos;
        return bytes[0];
    }
    const int available = int(std::min<std::size_t>(4, text.size() - pos));
    const int length = encoding().sequenceLength(bytes, available);
    if (length <= 0 || length > available) {
        ++pos;
        return -1;
    }
    const int cp = encoding().queryConvert(bytes, length);
    if (cp < 0) {
        ++pos;
        return -1;
    }
    pos += std::size_t(length);
    return cp;
}

void SmartUtf8::append(std::string& out, int cp) {
    if (cp >= 0 && cp < 0x80) {
        out.push_back(char(cp));
        return;
    }
    unsigned char bytes[4];
    const int length = encoding().convert(cp, bytes, 4);
    if (length > 0 && length <= 4)
        out.append(reinterpret_cast<const char*>(bytes), std::size_t(length));
}

int SmartUtf8::fold(int cp) {
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

SmartUtf8::Info SmartUtf8::classify(int cp) {
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

} // namespace concord::core
