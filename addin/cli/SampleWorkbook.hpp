#pragma once

#include <string>

namespace concord::cli {

/// Where `concord demo` finds the bundled sample workbook (a fictional telecom reseller,
/// templates/concord-sample-<language>.fods): first the .ods the build made for the
/// extension (<build>/oxt-extra/samples/concord-sample-<language>.ods, found from the
/// program's folder <build>/addin/cli), then the flat ODS source in the source tree
/// (its path compiled in as CONCORD_SAMPLE_DIR).
class SampleWorkbook {
public:
    /// The sample's path for language "en" or "ru" ("en" when empty), given the folder
    /// this program runs from. Throws CommandError 66 naming the places looked in when
    /// there is none.
    static std::string find(const std::string& programDir, const std::string& language);
};

} // namespace concord::cli
