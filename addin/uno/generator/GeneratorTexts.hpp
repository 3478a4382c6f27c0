#pragma once

#include "core/common/Language.hpp"

#include <map>
#include <string>
#include <vector>

namespace concord::uno {

/// The user-visible texts of the generator's document side, in en and ru, from
/// data/generator.json: {id: {"en": text, "ru": text}} (a top-level "about" is ignored).
/// Ids used: "undoTitle", "nameTaken" ({1} the wanted name, {2} the name used),
/// "statusFormat" and "flagFormat" (Calc number format codes).
class GeneratorTexts {
public:
    /// Reads the file. Throws core::common::Error "generator.texts_missing" when it cannot be
    /// read, "generator.texts_invalid" when it is not JSON or an entry lacks en or ru.
    static GeneratorTexts load(const std::string& path);

    /// The text id in language, with {1}, {2}… replaced by args in one pass (an argument
    /// holding "{2}" stays as it is: core::common::Placeholders). Throws
    /// core::common::Error "generator.text_unknown" for an id the file does not have.
    std::string text(const std::string& id, core::common::Language language,
                     const std::vector<std::string>& args = {}) const;

private:
    /// id → (language code → text)
    std::map<std::string, std::map<std::string, std::string>> _texts;
};

} // namespace concord::uno
