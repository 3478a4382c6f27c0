#include "core/smart/Language.hpp"

#include "core/common/Utf8.hpp"
#include "core/smart/LetterTally.hpp"

namespace concord::core::smart {

common::Language detectLanguage(std::string_view text) {
    // words as Tokeniser cuts them: runs of letters, an apostrophe between two letters
    // inside ("don't")
    LetterTally tally;
    bool inWord = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const int cp = common::Utf8::decode(text, pos);
        const common::Utf8::Info info = cp < 0 ? common::Utf8::Info{} : common::Utf8::classify(cp);
        if (info.letter) {
            tally.addLetter(info.script == common::Utf8::Script::Cyrillic,
                            info.script == common::Utf8::Script::Latin, info.lower);
            inWord = true;
            continue;
        }
        if (inWord && common::Utf8::isApostrophe(cp) && pos < text.size()) {
            std::size_t after = pos;
            const int next = common::Utf8::decode(text, after);
            if (next >= 0 && common::Utf8::classify(next).letter)
                continue;
        }
        tally.endWord();
        inWord = false;
    }
    tally.endWord();
    return tally.language();
}

} // namespace concord::core::smart
