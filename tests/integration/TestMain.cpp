// main() of the integration test binaries: one OfficeEnvironment (UI locale
// CONCORD_UI_LOCALE, "" for English) for the whole binary, and after the run a check that
// no office this process started is still alive.
#include "OfficeEnvironment.hpp"

#include <Poco/DirectoryIterator.h>
#include <Poco/Exception.h>
#include <Poco/FileStream.h>
#include <Poco/NumberParser.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <gtest/gtest.h>

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#ifndef CONCORD_OXT
#error "CONCORD_OXT (path of the built concord.oxt) must be defined by CMake"
#endif
#ifndef CONCORD_UI_LOCALE
#define CONCORD_UI_LOCALE ""
#endif

namespace {

/// The command lines of the running processes that mention marker.
std::vector<std::string> processesMentioning(const std::string& marker) {
    std::vector<std::string> found;
    const std::string self = std::to_string(Poco::Process::id());
    for (Poco::DirectoryIterator it(std::string("/proc")), end; it != end; ++it) {
        unsigned pid = 0;
        if (!Poco::NumberParser::tryParseUnsigned(it.name(), pid) || it.name() == self)
            continue;
        try {
            Poco::FileInputStream in(it.path().toString() + "/cmdline");
            std::ostringstream text;
            Poco::StreamCopier::copyStream(in, text);
            std::string commandLine = text.str();
            for (char& c : commandLine)
                if (c == '\0')
                    c = ' ';
            if (commandLine.find(marker) != std::string::npos)
                found.push_back(it.name() + ": " + commandLine);
        } catch (const Poco::FileException&) {
            // the process ended while we looked
        }
    }
    return found;
}

} // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(
        new concord::integration::OfficeEnvironment(CONCORD_OXT, CONCORD_UI_LOCALE));
    int result = RUN_ALL_TESTS();
    const auto leftovers =
        processesMentioning(concord::integration::OfficeEnvironment::pipePrefix());
    for (const auto& process : leftovers)
        std::cerr << "office left running after the tests: " << process << '\n';
    if (!leftovers.empty())
        result = 1;
    return result;
}
