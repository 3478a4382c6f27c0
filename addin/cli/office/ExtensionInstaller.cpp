#include "ExtensionInstaller.hpp"

#include "OfficeError.hpp"
#include "OfficeInstallation.hpp"
#include "OfficeProfile.hpp"

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <future>
#include <sstream>
#include <thread>

namespace concord::cli {

namespace {

Poco::ProcessHandle launch(const std::string& command, const Poco::Process::Args& args,
                           Poco::Pipe& output) {
    try {
        return Poco::Process::launch(command, args, nullptr, &output, &output);
    } catch (const Poco::Exception& e) {
        throw OfficeError("cannot run " + command + ": " + e.displayText());
    }
}

} // namespace

ExtensionInstaller::ExtensionInstaller(const OfficeProfile& profile) : _profile(profile) {}

std::string ExtensionInstaller::install(const std::string& oxtPath) const {
    const std::string oxt = Poco::Path(oxtPath).makeAbsolute().toString();
    if (!Poco::File(oxt).exists())
        throw OfficeError("extension " + oxt + " not found");

    Poco::Process::Args args{"add", "--shared", "-f", "-s", oxt};
    for (const auto& env : _profile.environmentArguments())
        args.push_back(env);
    const std::string command = OfficeInstallation::unopkg();
    if (!Poco::File(command).exists() || !Poco::File(command).canExecute())
        throw OfficeError("LibreOffice's extension manager not found: " + command +
                          " is not an executable file (set CONCORD_LO_PROGRAM_DIR)");

    Poco::Pipe output; // stdout and stderr together, in the order unopkg wrote them
    Poco::ProcessHandle unopkg = launch(command, args, output);
    output.close(Poco::Pipe::CLOSE_WRITE);
    // Read while unopkg runs, so that it never blocks on a full pipe; the future's
    // destructor joins the reader on every path out of this function.
    std::future<std::string> text = std::async(std::launch::async, [&output] {
        std::ostringstream collected;
        try {
            Poco::PipeInputStream in(output);
            Poco::StreamCopier::copyStream(in, collected);
        } catch (const Poco::Exception& e) {
            collected << "\n(reading unopkg's output failed: " << e.displayText() << ")";
        }
        return collected.str();
    });
    int exitCode = -1;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while ((exitCode = Poco::Process::tryWait(unopkg)) == -1 &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (exitCode == -1) {
        Poco::Process::kill(unopkg);
        Poco::Process::wait(unopkg);
        throw OfficeError(command + " add " + oxt + " did not finish within " +
                          std::to_string(timeout.count()) + " s: " + text.get());
    }
    if (exitCode != 0)
        throw OfficeError(command + " add " + oxt + " failed with exit code " +
                          std::to_string(exitCode) + ": " + text.get());
    return text.get();
}

} // namespace concord::cli
