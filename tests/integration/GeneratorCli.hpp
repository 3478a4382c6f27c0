#pragma once

#include <Poco/Process.h>

#include <string>
#include <vector>

namespace concord::integration {

/// Runs the real `concord` program built beside concord.oxt (<build>/addin/cli/concord)
/// as a child process (Poco::Process), as a user would.
class GeneratorCli {
public:
    struct Outcome {
        int exitCode = -1;
        std::string out; ///< stdout
        std::string err; ///< stderr
    };

    /// Runs concord with arguments in workingDirectory and waits for it; env is added to
    /// this process's environment (by default englishLocale(): the tests read its English).
    static Outcome run(const std::vector<std::string>& arguments,
                       const std::string& workingDirectory,
                       const Poco::Process::Env& env = englishLocale());
    /// Runs any program (a path) the same way. exitCode is 256 + the signal's number when
    /// a signal ended it (Poco::ProcessHandle::wait).
    static Outcome runProgram(const std::string& program, const std::vector<std::string>& arguments,
                              const std::string& workingDirectory,
                              const Poco::Process::Env& env = {});

    /// LC_ALL and LC_MESSAGES empty, LANG=C.UTF-8: concord speaks English whatever the
    /// locale of the test run (README "The command line").
    static Poco::Process::Env englishLocale();

    /// The SHA-1 of a file's bytes, hex; throws when it cannot be read.
    static std::string fileHash(const std::string& path);
};

} // namespace concord::integration
