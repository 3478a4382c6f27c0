// The concord program. Like POCO_APP_MAIN, but a bad command line (unknown option, missing
// argument) ends with exit code 64 (usage) and one line, not 78 and a log entry.
#include "CommandError.hpp"
#include "ConcordApplication.hpp"
#include "UserTexts.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Util/OptionException.h>

#include <iostream>

#include <signal.h>

namespace {

/// What is wrong with the command line, in the language it speaks (Poco's own words only
/// for a kind of mistake the texts do not name).
std::string optionProblem(const Poco::Util::OptionException& error) {
    using namespace Poco::Util;
    // Poco's message of a missing value: "<option> requires <ARGUMENT>".
    const std::string requires = " requires ";
    const std::string::size_type split = error.message().find(requires);
    if (dynamic_cast<const MissingArgumentException*>(&error) && split != std::string::npos)
        return concord::cli::UserTexts::text(
            "usage.missing_argument",
            {error.message().substr(0, split), error.message().substr(split + requires.size())});
    const char* id =
        dynamic_cast<const UnknownOptionException*>(&error)        ? "usage.unknown_option"
        : dynamic_cast<const AmbiguousOptionException*>(&error)    ? "usage.ambiguous_option"
        : dynamic_cast<const UnexpectedArgumentException*>(&error) ? "usage.unexpected_argument"
        : dynamic_cast<const DuplicateOptionException*>(&error)    ? "usage.duplicate_option"
                                                                   : nullptr;
    return id ? concord::cli::UserTexts::text(id, {error.message()}) : error.displayText();
}

} // namespace

int main(int argc, char** argv) {
    // A write to the pipe of an office that was killed must fail (and be reported as such),
    // not end concord silently.
    ::signal(SIGPIPE, SIG_IGN);
    Poco::AutoPtr<concord::cli::ConcordApplication> application =
        new concord::cli::ConcordApplication;
    try {
        application->init(argc, argv);
    } catch (const concord::cli::CommandError& error) {
        std::cerr << "concord: " << concord::cli::UserTexts::text("usage.try_help", {error.what()})
                  << "\n";
        return error.exitCode();
    } catch (const Poco::Util::OptionException& error) {
        std::cerr << "concord: "
                  << concord::cli::UserTexts::text("usage.try_help", {optionProblem(error)})
                  << "\n";
        return Poco::Util::Application::EXIT_USAGE;
    } catch (const Poco::Exception& error) {
        std::cerr << "concord: " << error.displayText() << "\n";
        return Poco::Util::Application::EXIT_SOFTWARE;
    }
    return application->run();
}
