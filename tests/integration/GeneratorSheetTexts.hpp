#pragma once

#include <string>

namespace concord::integration {

/// The words of the generated sheets, read from registration/data/sheets.json (path
/// CONCORD_DATA_DIR given by CMake) independently of the generator: tests find cells by
/// the header the user sees.
class GeneratorSheetTexts {
public:
    /// The text id ("col.actual", "sheet.company"…) in language "en" or "ru", with
    /// "{code}" replaced by code. Throws std::runtime_error when the file or id is missing.
    static std::string text(const std::string& id, const std::string& language,
                            const std::string& code = {});
};

} // namespace concord::integration
