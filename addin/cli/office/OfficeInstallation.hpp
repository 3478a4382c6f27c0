#pragma once

#include <string>

namespace concord::cli {

/// Where the LibreOffice programs are: the program directory given to CMake
/// (LO_PROGRAM_DIR, /usr/lib/libreoffice/program on Debian), overridden at run time by the
/// environment variable CONCORD_LO_PROGRAM_DIR when that is set and not empty.
class OfficeInstallation {
public:
    /// The program directory, without a trailing slash.
    static std::string programDirectory();
    /// programDirectory()/soffice.bin: the office itself, without the oosplash wrapper, so
    /// that this process is its parent and can end it.
    static std::string officeBinary();
    /// programDirectory()/unopkg: the extension manager.
    static std::string unopkg();
    /// The vnd.sun.star.pathname URL of programDirectory()/fundamentalrc, the value
    /// URE_BOOTSTRAP needs before a C++ client bootstraps UNO.
    static std::string fundamentalRc();
};

} // namespace concord::cli
