#pragma once
// The data files shipped in the .oxt, loaded once per test binary: tests of the analyser,
// the report and the sheets run against the real vocabulary and texts.
#include "core/report/Texts.hpp"
#include "core/smart/Analyser.hpp"

namespace concord::test {

/// The SMART analyser over registration/data/smart.json.
inline const core::smart::Analyser& analyser() {
    static const core::smart::Analyser instance(
        core::smart::Vocabulary::load(CONCORD_DATA_DIR "/smart.json"));
    return instance;
}

/// The texts of the generated sheets, registration/data/sheets.json.
inline const core::report::Texts& texts() {
    static const core::report::Texts instance =
        core::report::Texts::load(CONCORD_DATA_DIR "/sheets.json");
    return instance;
}

} // namespace concord::test
