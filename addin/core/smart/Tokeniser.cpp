#include "core/smart/Tokeniser.hpp"

#include "core/common/Error.hpp"
#include "core/common/Utf8.hpp"

namespace concord::core::smart {

namespace {

bool isDigit(std::string_view text, std::size_t pos) {
    return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

std::size_t digitsFrom(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (isDigit(text, end))
        ++end;
    return end - pos;
}

/// Length in bytes of a space that may separate thousands groups ("2 500"): space,
/// no-break space U+00A0, thin space U+2009, narrow no-break space U+202F; else 0.
std::size_t thousandsSpace(std::string_view text, std::size_t pos) {
    if (pos < text.size() && text[pos] == ' ')
        return 1;
    if (text.compare(pos, 2, "\xC2\xA0") == 0)
        return 2;
    if (text.compare(pos, 3, "\xE2\x80\x89") == 0 || text.compare(pos, 3, "\xE2\x80\xAF") == 0)
        return 3;
    return 0;
}

/// A number or date starting at a digit: where it ends and what it is.
struct NumberScan {
    std::size_t end = 0;
    bool date = false;
    bool plain = true;     ///< digits only
    bool dayMonth = false; ///< "31.12": day and month, no year
    std::size_t digits = 0;
    long value = 0; ///< for plain numbers of up to 9 digits
};

/// Value of the `count` digits at `pos` (count <= 9).
long digitValue(std::string_view text, std::size_t pos, std::size_t count) {
    long value = 0;
    for (std::size_t i = pos; i < pos + count; ++i)
        value = value * 10 + (text[i] - '0');
    return value;
}

bool looksLikeDate(char sep, std::size_t a, std::size_t b, std::size_t c) {
    const bool dayFirst = a <= 2 && b <= 2 && (c == 2 || c == 4); // 31.12.2026, 12/31/26
    const bool yearFirst = a == 4 && b <= 2 && c <= 2;            // 2026-12-31
    return sep == '.' ? dayFirst : (dayFirst || yearFirst);
}

NumberScan scanNumber(std::string_view text, std::size_t start) {
    NumberScan scan;
    const std::size_t first = digitsFrom(text, start);
    std::size_t pos = start + first;
    // a date: three groups joined by the same ".", "/" or "-"
    if (pos + 1 < text.size() && (text[pos] == '.' || text[pos] == '/' || text[pos] == '-') &&
        isDigit(text, pos + 1)) {
        const char sep = text[pos];
        const std::size_t second = digitsFrom(text, pos + 1);
        const std::size_t afterSecond = pos + 1 + second;
        if (afterSecond + 1 < text.size() && text[afterSecond] == sep &&
            isDigit(text, afterSecond + 1)) {
            const std::size_t third = digitsFrom(text, afterSecond + 1);
            if (looksLikeDate(sep, first, second, third)) {
                scan.end = afterSecond + 1 + third;
                scan.date = true;
                scan.plain = false;
                return scan;
            }
        }
    }
    // thousands groups after spaces ("2 500", "1 000 000"), only after 1-3 leading digits
    if (first <= 3) {
        for (;;) {
            const std::size_t space = thousandsSpace(text, pos);
            if (space == 0 || digitsFrom(text, pos + space) != 3)
                break;
            pos += space + 3;
            scan.plain = false;
        }
    }
    // day and month without a year: "31.12", "01.07" (a decimal "99.95" is no day)
    if (pos == start + first && first <= 2 && pos + 3 <= text.size() && text[pos] == '.' &&
        digitsFrom(text, pos + 1) == 2) {
        const long day = digitValue(text, start, first);
        const long month = digitValue(text, pos + 1, 2);
        scan.dayMonth = day >= 1 && day <= 31 && month >= 1 && month <= 12 &&
                        !(pos + 3 < text.size() && text[pos + 3] == ',' && isDigit(text, pos + 4));
    }
    // decimal or thousands separators "." and ","
    while (pos + 1 < text.size() && (text[pos] == '.' || text[pos] == ',') &&
           isDigit(text, pos + 1)) {
        pos += 1 + digitsFrom(text, pos + 1);
        scan.plain = false;
    }
    scan.end = pos;
    scan.digits = first;
    if (scan.plain && first <= 9)
        scan.value = digitValue(text, start, first);
    return scan;
}

void setNumberAtoms(const NumberScan& scan, bool first, AtomSet& atoms) {
    if (scan.date) {
        atoms.set(AtomDate);
        return;
    }
    atoms.set(AtomNumber);
    if (scan.dayMonth)
        atoms.set(AtomDayMonth);
    if (!scan.plain)
        return;
    if (first && scan.digits <= 2)
        atoms.set(AtomLead);
    atoms.set(AtomInteger);
    if (scan.digits == 4 && scan.value >= 1900 && scan.value <= 2199)
        atoms.set(AtomYear);
    if (scan.digits <= 2 && scan.value >= 1 && scan.value <= 31)
        atoms.set(AtomDay);
}

bool endsSentence(std::string_view symbol) {
    return symbol == "." || symbol == "!" || symbol == "?" || symbol == ":" || symbol == ";";
}

} // namespace

void Tokeniser::tokenise(std::string_view text, const Lexicon& lexicon, TokenBuffer& out) {
    out.clear();
    bool spaceBefore = true;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        std::size_t next = pos;
        const int cp = common::Utf8::decode(text, next);
        if (cp < 0)
            throw common::Error(common::Error::Category::Argument, "smart.invalid_utf8",
                                "goal text is not valid UTF-8 at byte", std::to_string(start));
        const common::Utf8::Info info = common::Utf8::classify(cp);
        if (info.space) {
            pos = next;
            spaceBefore = true;
            continue;
        }
        Token token;
        token.gluedLeft = !spaceBefore && !out.tokens.empty();
        token.sentenceStart =
            out.tokens.empty() || (out.tokens.back().kind == Token::Kind::Symbol &&
                                   !token.gluedLeft && endsSentence(out.text(out.tokens.back())));
        token.sourceBegin = static_cast<std::uint32_t>(start);
        token.foldedBegin = static_cast<std::uint32_t>(out.folded.size());
        if (isDigit(text, start)) {
            const NumberScan scan = scanNumber(text, start);
            token.kind = scan.date ? Token::Kind::Date : Token::Kind::Number;
            out.folded.append(text.substr(start, scan.end - start));
            setNumberAtoms(scan, out.tokens.empty(), token.atoms);
            pos = scan.end;
        } else if (info.letter) {
            token.kind = Token::Kind::Word;
            const bool firstUpper = info.upper;
            bool anyLower = false;
            std::size_t letters = 0;
            int c = cp;
            common::Utf8::Info ci = info;
            for (;;) {
                ++letters;
                anyLower = anyLower || ci.lower;
                out.letters.addLetter(ci.script == common::Utf8::Script::Cyrillic,
                                      ci.script == common::Utf8::Script::Latin, ci.lower);
                common::Utf8::append(out.folded, common::Utf8::fold(c));
                pos = next;
                if (pos >= text.size())
                    break;
                c = common::Utf8::decode(text, next);
                if (c < 0)
                    break;
                ci = common::Utf8::classify(c);
                if (common::Utf8::isApostrophe(c) && next < text.size()) {
                    std::size_t after = next;
                    const int d = common::Utf8::decode(text, after);
                    const common::Utf8::Info di =
                        d < 0 ? common::Utf8::Info{} : common::Utf8::classify(d);
                    if (di.letter) {
                        out.folded.push_back('\'');
                        pos = next;
                        next = after;
                        c = d;
                        ci = di;
                        continue;
                    }
                }
                if (!ci.letter)
                    break;
            }
            out.letters.endWord();
            token.atoms.set(AtomWord);
            if (firstUpper && anyLower && !token.sentenceStart)
                token.atoms.set(AtomTitled);
            if (!anyLower && letters >= 2)
                token.atoms.set(AtomUpper);
        } else {
            token.kind = Token::Kind::Symbol;
            common::Utf8::append(out.folded, common::Utf8::fold(cp));
            pos = next;
        }
        token.sourceEnd = static_cast<std::uint32_t>(pos);
        token.foldedEnd = static_cast<std::uint32_t>(out.folded.size());
        token.rules = lexicon.builtinRules(token.atoms);
        lexicon.lookup(out.text(token), token.atoms, token.rules);
        out.tokens.push_back(token);
        spaceBefore = false;
    }
}

} // namespace concord::core::smart
