#pragma once

#include <chrono>
#include <string>

namespace concord::cli {

class OfficeProfile;

/// Installs an extension (.oxt) into a throwaway profile with the office's own extension
/// manager: `unopkg add --shared -f -s <oxt>` plus the profile's -env options. --shared is
/// what unopkg accepts when run as root, and goes to the profile's private shared layer;
/// -f replaces an installed copy; -s never lets unopkg ask (the package has no licence to
/// accept any more, see description.xml; without a terminal a question fails). No office
/// may run on the profile meanwhile.
class ExtensionInstaller {
public:
    /// How long install() lets unopkg run before it kills it.
    static constexpr std::chrono::seconds timeout{120};

    /// The profile must outlive the installer.
    explicit ExtensionInstaller(const OfficeProfile& profile);

    /// Installs oxtPath and returns unopkg's output (stdout and stderr, usually empty).
    /// Throws OfficeError naming the file when it does not exist, and quoting unopkg's
    /// output when unopkg cannot be started, fails (non-zero exit) or runs past timeout.
    std::string install(const std::string& oxtPath) const;

private:
    const OfficeProfile& _profile;
};

} // namespace concord::cli
