// The concord program. Like POCO_APP_MAIN, but a bad command line (unknown option, missing
// argument) ends with exit code 64 (usage) and one line, not 78 and a log entry.
#include "ConcordApplication.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Util/OptionException.h>

#include <iostream>

#include <signal.h>

int main(int argc, char** argv) {
    // A write to the pipe of an office that was killed must fail (and be reported as such),
    // not end concord silently.
    ::signal(SIGPIPE, SIG_IGN);
    Poco::AutoPtr<concord::cli::ConcordApplication> application =
        new concord::cli::ConcordApplication;
    try {
        application->init(argc, argv);
    } catch (const Poco::Util::OptionException& error) {
        std::cerr << "concord: " << error.displayText() << " (try --help)\n";
        return Poco::Util::Application::EXIT_USAGE;
    } catch (const Poco::Exception& error) {
        std::cerr << "concord: " << error.displayText() << "\n";
        return Poco::Util::Application::EXIT_SOFTWARE;
    }
    return application->run();
}
