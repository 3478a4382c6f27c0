#pragma once

#include <string>

namespace concord::cli {

class OfficeProfile;

/// Makes the UNO types of an extension (its .rdb type library) known to this client
/// process. A remote call that passes one of the extension's own types (an interface such
/// as org.concord.XGenerator, a struct such as org.concord.GenerationResult) needs their
/// descriptions on both sides of the bridge; the office reads them from the installed
/// extension, but a client bootstrapped from the office's fundamentalrc knows only the
/// office's types, and the bridge crashes on an unknown one.
class ExtensionTypes {
public:
    /// Adds the type library at rdbPath (a local path) to the type manager of
    /// LocalUno::context(). Adding the same path again does nothing. Thread-safe. Throws
    /// OfficeError naming the file when it does not exist or cannot be read as types.
    static void add(const std::string& rdbPath);

    /// The type library named fileName (e.g. "concord.rdb") of an extension installed
    /// into profile (found under its shared extension layer), or an empty string.
    static std::string findInstalled(const OfficeProfile& profile, const std::string& fileName);
};

} // namespace concord::cli
