// Installing as the README says: `unopkg add --shared concord.oxt` (as root) with no
// terminal and without -s must not stop to ask for a licence "yes"; the extension is then
// listed, and its LICENSE file is installed with it. (The tests' own installs keep -s, see
// ExtensionInstaller; this one runs unopkg as a user would.)
#include "cli/office/ExtensionTypes.hpp"
#include "cli/office/OfficeInstallation.hpp"
#include "cli/office/OfficeProfile.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

namespace concord::integration {

namespace {

struct UnopkgRun {
    int exitCode = -1;
    std::string output; // stdout and stderr together
};

/// Runs unopkg with args and the profile's -env options, standard input from /dev/null,
/// stopped by coreutils' timeout after 120 s (exit 124) should it wait for an answer.
UnopkgRun unopkg(std::vector<std::string> args, const cli::OfficeProfile& profile) {
    for (const std::string& env : profile.environmentArguments())
        args.push_back(env);
    std::string command = "timeout 120 '" + cli::OfficeInstallation::unopkg() + "'";
    for (const std::string& arg : args)
        command += " '" + arg + "'"; // paths of the build and the temp folder: no quote in them
    command += " </dev/null 2>&1";
    UnopkgRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr)
        return run;
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        run.output.append(buffer.data(), read);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

TEST(UnopkgInstall, AddWithoutATerminalNeedsNoAnswerAndTheExtensionIsListed) {
    cli::OfficeProfile profile;
    const UnopkgRun add = unopkg({"add", "--shared", CONCORD_OXT}, profile);
    ASSERT_EQ(0, add.exitCode) << add.output;

    const UnopkgRun list = unopkg({"list", "--shared"}, profile);
    EXPECT_EQ(0, list.exitCode) << list.output;
    EXPECT_NE(std::string::npos, list.output.find("Identifier: org.concord.extension"))
        << list.output;
    EXPECT_FALSE(cli::ExtensionTypes::findInstalled(profile, "LICENSE").empty())
        << "LICENSE is not in the installed package";
}

} // namespace concord::integration
