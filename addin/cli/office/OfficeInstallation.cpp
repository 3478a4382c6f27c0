#include "OfficeInstallation.hpp"

#include <Poco/Environment.h>

#ifndef CONCORD_LO_PROGRAM_DIR
#define CONCORD_LO_PROGRAM_DIR "/usr/lib/libreoffice/program"
#endif

namespace concord::cli {

std::string OfficeInstallation::programDirectory() {
    std::string dir = Poco::Environment::get("CONCORD_LO_PROGRAM_DIR", "");
    if (dir.empty())
        dir = CONCORD_LO_PROGRAM_DIR;
    while (dir.size() > 1 && dir.back() == '/')
        dir.pop_back();
    return dir;
}

std::string OfficeInstallation::officeBinary() {
    return programDirectory() + "/soffice.bin";
}

std::string OfficeInstallation::unopkg() {
    return programDirectory() + "/unopkg";
}

std::string OfficeInstallation::fundamentalRc() {
    return "vnd.sun.star.pathname:" + programDirectory() + "/fundamentalrc";
}

} // namespace concord::cli
