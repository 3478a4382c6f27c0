#pragma once

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

    /// Runs concord with arguments in workingDirectory and waits for it.
    static Outcome run(const std::vector<std::string>& arguments,
                       const std::string& workingDirectory);
    /// Runs any program (a path) the same way. exitCode is 256 + the signal's number when
    /// a signal ended it (Poco::ProcessHandle::wait).
    static Outcome runProgram(const std::string& program, const std::vector<std::string>& arguments,
                              const std::string& workingDirectory);

    /// The SHA-1 of a file's bytes, hex; throws when it cannot be read.
    static std::string fileHash(const std::string& path);
};

} // namespace concord::integration
