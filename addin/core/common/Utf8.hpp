#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace concord::core::common {

/// The one place that reads and writes UTF-8 and folds case: code-point decoding and encoding
/// by hand (the hot path of every SMART goal), character properties and case folding from
/// Poco::Unicode beyond ASCII and basic Cyrillic, and the lower-case forms of whole texts the
/// readers match names and words with.
class Utf8 {
public:
    /// Writing system of a letter, as far as language detection cares.
    enum class Script { Latin, Cyrillic, Other };

    /// What the tokeniser needs to know about a code point.
    struct Info {
        bool letter = false; ///< a letter, or a combining mark that continues one
        bool upper = false;  ///< an upper-case (or title-case) letter
        bool lower = false;  ///< a lower-case letter
        bool space = false;  ///< white space, including no-break and thin spaces
        Script script = Script::Other;
    };

    /// Returns the properties of `cp`: ASCII and basic Cyrillic directly, everything else
    /// from one Poco::Unicode::properties() call.
    static Info classify(int cp);

    /// Returns the code point starting at byte `pos` of `text` and advances `pos` past it;
    /// returns -1 and advances by one byte when the bytes there are not valid UTF-8 (RFC 3629:
    /// overlong forms, surrogates and values above U+10FFFF are invalid).
    /// Precondition: pos < text.size().
    static int decode(std::string_view text, std::size_t& pos);

    /// Returns whether `cp` is an apostrophe that keeps a word together between two letters
    /// ("don't", "O’Neil"): U+0027 or U+2019.
    static bool isApostrophe(int cp) { return cp == '\'' || cp == 0x2019; }

    /// Appends the UTF-8 encoding of the code point `cp` to `out`.
    static void append(std::string& out, int cp);

    /// Returns the lower-case form used for matching: Poco::Unicode::toLower, with "ё"
    /// folded into "е" (Russian texts use both spellings of the same words), and the
    /// typographic hyphens U+2010/U+2011, the figure and en dashes U+2012/U+2013 ("2026–2028")
    /// and the minus sign U+2212 folded into "-". The em dash "—" stays: it separates words.
    static int fold(int cp);

    /// Returns `text` in lower case, Cyrillic included (Poco::UTF8::toLower: a byte that is
    /// not valid UTF-8 becomes '?').
    static std::string lower(std::string_view text);

    /// Returns lower(text) with "ё" written "е": the form header and table names are matched
    /// in ("Отчёт" and "отчет" are one name).
    static std::string lowerWithoutYo(std::string_view text);

    /// Returns the code point at the start of `text` and its length in bytes; {-1, 0} when
    /// `text` is empty or does not start with valid UTF-8.
    static std::pair<int, std::size_t> first(std::string_view text);
};

} // namespace concord::core::common
