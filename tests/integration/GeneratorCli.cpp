#include "GeneratorCli.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/DigestStream.h>
#include <Poco/FileStream.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/SHA1Engine.h>
#include <Poco/StreamCopier.h>

#include <sstream>
#include <thread>

#ifndef CONCORD_OXT
#error "CONCORD_OXT must be defined by CMake"
#endif

namespace concord::integration {

namespace {

/// <build>/concord.oxt → <build>/addin/cli/concord
std::string program() {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("");
    path.pushDirectory("addin");
    path.pushDirectory("cli");
    path.setFileName("concord");
    return path.toString();
}

} // namespace

GeneratorCli::Outcome GeneratorCli::run(const std::vector<std::string>& arguments,
                                        const std::string& workingDirectory,
                                        const Poco::Process::Env& env) {
    return runProgram(program(), arguments, workingDirectory, env);
}

Poco::Process::Env GeneratorCli::englishLocale() {
    return {{"LC_ALL", ""}, {"LC_MESSAGES", ""}, {"LANG", "C.UTF-8"}};
}

GeneratorCli::Outcome GeneratorCli::runProgram(const std::string& program,
                                               const std::vector<std::string>& arguments,
                                               const std::string& workingDirectory,
                                               const Poco::Process::Env& env) {
    Poco::Pipe out;
    Poco::Pipe err;
    Poco::ProcessHandle handle =
        Poco::Process::launch(program, arguments, workingDirectory, nullptr, &out, &err, env);
    Outcome outcome;
    // Both pipes are drained at once, so that a full one cannot block the child.
    std::thread errors([&] {
        Poco::PipeInputStream in(err);
        std::ostringstream text;
        Poco::StreamCopier::copyStream(in, text);
        outcome.err = text.str();
    });
    Poco::PipeInputStream in(out);
    std::ostringstream text;
    Poco::StreamCopier::copyStream(in, text);
    outcome.out = text.str();
    errors.join();
    outcome.exitCode = handle.wait();
    return outcome;
}

std::string GeneratorCli::fileHash(const std::string& path) {
    Poco::SHA1Engine sha1;
    Poco::DigestOutputStream digest(sha1);
    Poco::FileInputStream in(path);
    Poco::StreamCopier::copyStream(in, digest);
    digest.close();
    return Poco::DigestEngine::digestToHex(sha1.digest());
}

} // namespace concord::integration
