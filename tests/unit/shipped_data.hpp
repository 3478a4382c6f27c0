#pragma once
// The data files shipped in the .oxt, loaded once per test binary: tests of the analyser,
// the report and the sheets run against the real vocabulary and texts.
#include "core/report/ReportTexts.hpp"
#include "core/smart/SmartAnalyser.hpp"

namespace concord::test {

/// The SMART analyser over registration/data/smart.json.
inline const core::SmartAnalyser& analyser() {
    static const core::SmartAnalyser instance(
        core::SmartVocabulary::load(CONCORD_DATA_DIR "/smart.json"));
    return instance;
}

/// The texts of the generated sheets, registration/data/sheets.json.
inline const core::ReportTexts& texts() {
    static const core::ReportTexts instance =
        core::ReportTexts::load(CONCORD_DATA_DIR "/sheets.json");
    return instance;
}

} // namespace concord::test
