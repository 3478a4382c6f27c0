#include "SampleWorkbook.hpp"

#include "CommandError.hpp"
#include "UserTexts.hpp"

#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Util/Application.h>

#include <vector>

#ifndef CONCORD_SAMPLE_DIR
#error "CONCORD_SAMPLE_DIR (the folder of the sample's flat ODS source) must be defined by CMake"
#endif

namespace concord::cli {

namespace {

const char baseName[] = "concord-sample-";
const char defaultLanguage[] = "en";

} // namespace

std::string SampleWorkbook::find(const std::string& programDir, const std::string& language) {
    const std::string name = baseName + (language.empty() ? defaultLanguage : language);
    // <build>/addin/cli/concord → <build>/oxt-extra/samples/<name>.ods
    Poco::Path built(programDir);
    built.makeDirectory();
    built.popDirectory();
    built.popDirectory();
    built.pushDirectory("oxt-extra");
    built.pushDirectory("samples");
    built.setFileName(name + ".ods");
    Poco::Path source(std::string(CONCORD_SAMPLE_DIR));
    source.makeDirectory();
    source.setFileName(name + ".fods");
    std::string lookedIn;
    for (const Poco::Path& candidate : {built, source}) {
        if (Poco::File(candidate).exists())
            return candidate.toString();
        lookedIn += (lookedIn.empty() ? "" : ", ") + candidate.toString();
    }
    throw CommandError(Poco::Util::Application::EXIT_NOINPUT,
                       UserTexts::text("error.no_sample", {lookedIn}));
}

} // namespace concord::cli
