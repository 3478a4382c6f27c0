#pragma once

#include <string>
#include <vector>

namespace concord::cli {

/// A throwaway LibreOffice user installation, private to one run: a fresh folder in the
/// system temp directory with
///   profile/  the user installation (-env:UserInstallation), pre-seeded with a
///             registrymodifications.xcu that marks it as already run by this version (so
///             the office starts in well under a second) and, if asked, a UI locale;
///   shared/   the shared extension layer (-env:UNO_SHARED_PACKAGES_CACHE) that
///             `unopkg --shared` installs into.
/// The folder, concord-office-<pid>-<unique>, and all it holds are removed when the object is
/// destroyed; folders left by processes that died (crash, SIGKILL) are removed by the next
/// OfficeProfile made on the machine. Pass the same environmentArguments() to unopkg and
/// soffice.
class OfficeProfile {
public:
    /// Creates and seeds the folder. uiLocale is a language tag such as "ru-RU", or empty
    /// for the office's default UI language (English). Throws OfficeError when the tag is
    /// not a plain language tag (letters, digits, '-') or the folder cannot be written.
    explicit OfficeProfile(const std::string& uiLocale = {});
    /// Removes the folder; a failure is reported on stderr, never thrown.
    ~OfficeProfile();

    OfficeProfile(const OfficeProfile&) = delete;
    OfficeProfile& operator=(const OfficeProfile&) = delete;

    /// The folder that holds everything (an absolute path).
    const std::string& root() const { return _root; }
    /// The UI locale the profile was seeded with, or empty.
    const std::string& uiLocale() const { return _uiLocale; }
    /// The user installation folder, root()/profile.
    std::string userInstallation() const;
    /// The two options that point an office process at this profile:
    /// -env:UserInstallation=file:///…/profile and -env:UNO_SHARED_PACKAGES_CACHE=file:///…/shared.
    std::vector<std::string> environmentArguments() const;
    /// Deletes the .lock a killed office leaves in the user installation, so that the next
    /// office does not refuse the profile. Returns true if there was one.
    bool removeStaleLock() const;

private:
    std::string _root;
    std::string _uiLocale;
};

} // namespace concord::cli
