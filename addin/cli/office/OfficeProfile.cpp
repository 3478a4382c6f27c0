#include "OfficeProfile.hpp"

#include "FileUrl.hpp"
#include "OfficeError.hpp"

#include <Poco/DirectoryIterator.h>
#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/NumberParser.h>
#include <Poco/Path.h>
#include <Poco/Process.h>
#include <Poco/TemporaryFile.h>

#include <algorithm>
#include <cctype>
#include <iostream>

namespace concord::cli {

namespace {

const char* const registryHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                   "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
                                   "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";
const char* const registryFooter = "</oor:items>\n";

std::string registryItem(const std::string& path, const std::string& property,
                         const std::string& value) {
    return "<item oor:path=\"" + path + "\"><prop oor:name=\"" + property +
           "\" oor:op=\"fuse\"><value>" + value + "</value></prop></item>\n";
}

bool isLanguageTag(const std::string& tag) {
    return std::all_of(tag.begin(), tag.end(),
                       [](unsigned char c) { return std::isalnum(c) != 0 || c == '-'; });
}

/// The seeded user settings: "already run by 7.4" (no first-start restart, no
/// migration) and the UI locale, if any.
std::string registryModifications(const std::string& uiLocale) {
    std::string xml = registryHeader;
    xml += registryItem("/org.openoffice.Setup/Product", "ooSetupLastVersion", "7.4");
    if (!uiLocale.empty()) {
        xml += registryItem("/org.openoffice.Office.Linguistic/General", "UILocale", uiLocale);
        xml += registryItem("/org.openoffice.Setup/L10N", "ooLocale", uiLocale);
    }
    return xml + registryFooter;
}

const std::string folderPrefix = "concord-office-";

/// Removes the folders that earlier processes, now dead (crashed or killed), left in the
/// temp directory. A folder's name carries its creator's pid: concord-office-<pid>-<unique>.
void removeAbandonedFolders(const std::string& tempDir) {
    for (Poco::DirectoryIterator it(tempDir), end; it != end; ++it) {
        const std::string& name = it.name();
        if (name.compare(0, folderPrefix.size(), folderPrefix) != 0)
            continue;
        const std::size_t dash = name.find('-', folderPrefix.size());
        unsigned pid = 0;
        if (dash == std::string::npos ||
            !Poco::NumberParser::tryParseUnsigned(
                name.substr(folderPrefix.size(), dash - folderPrefix.size()), pid) ||
            pid == 0 || Poco::Process::isRunning(static_cast<Poco::Process::PID>(pid)))
            continue;
        try {
            Poco::File(it.path()).remove(true);
        } catch (const Poco::Exception& e) {
            std::cerr << "concord: cannot remove the abandoned office profile "
                      << it.path().toString() << ": " << e.displayText() << '\n';
        }
    }
}

} // namespace

OfficeProfile::OfficeProfile(const std::string& uiLocale) : _uiLocale(uiLocale) {
    if (!isLanguageTag(uiLocale))
        throw OfficeError("UI locale '" + uiLocale + "' is not a language tag such as ru-RU");
    const std::string tempDir = Poco::Path::temp();
    try {
        removeAbandonedFolders(tempDir);
    } catch (const Poco::Exception& e) {
        std::cerr << "concord: cannot look for abandoned office profiles in " << tempDir << ": "
                  << e.displayText() << '\n';
    }
    // tempName() is unique per process (pid) and per call (counter).
    Poco::Path root(tempDir);
    root.pushDirectory(folderPrefix + std::to_string(Poco::Process::id()) + "-" +
                       Poco::Path(Poco::TemporaryFile::tempName()).getFileName());
    _root = root.toString(Poco::Path::PATH_UNIX);
    if (_root.size() > 1 && _root.back() == '/')
        _root.pop_back();
    try {
        Poco::File(_root + "/profile/user").createDirectories();
        Poco::File(_root + "/shared").createDirectories();
        Poco::FileOutputStream out(_root + "/profile/user/registrymodifications.xcu");
        out << registryModifications(uiLocale);
        out.close();
        if (!out.good())
            throw Poco::WriteFileException("registrymodifications.xcu");
    } catch (const Poco::Exception& e) {
        try {
            Poco::File(_root).remove(true);
        } catch (const Poco::Exception&) {
            // Already reporting the first failure; a leftover is swept by the next run.
        }
        throw OfficeError("cannot create the office profile " + _root + ": " + e.displayText());
    }
}

OfficeProfile::~OfficeProfile() {
    try {
        Poco::File root(_root);
        if (root.exists())
            root.remove(true);
    } catch (const Poco::Exception& e) {
        std::cerr << "concord: cannot remove the office profile " << _root << ": "
                  << e.displayText() << '\n';
    }
}

std::string OfficeProfile::userInstallation() const {
    return _root + "/profile";
}

std::vector<std::string> OfficeProfile::environmentArguments() const {
    return {"-env:UserInstallation=" + FileUrl::fromPath(userInstallation()),
            "-env:UNO_SHARED_PACKAGES_CACHE=" + FileUrl::fromPath(_root + "/shared")};
}

bool OfficeProfile::removeStaleLock() const {
    Poco::File lock(userInstallation() + "/.lock");
    if (!lock.exists())
        return false;
    lock.remove();
    return true;
}

} // namespace concord::cli
