// The concord command line when things go wrong around it (issue 14, "Hardening"): its
// private soffice killed in the middle of build, handout and collect; two builds at once;
// a workbook another Calc holds open (with a foreign .~lock file) while concord reads it.
//
// The office is killed two ways: from outside, as a user would (`kill -9` of the
// soffice.bin that concord started, found as concord's child in /proc) as soon as concord
// says on stderr that a long step has begun; and through concord's test hook
// CONCORD_TEST_KILL_OFFICE_AT=<step> (WorkbookSession::step), which kills it just before
// a short step (writing OUT, collecting) that an outside kill could not reliably hit.
// After each kill: exit code 70, one line saying LibreOffice stopped, during what, and what
// was not written; no file (and no hidden .tmp) in the target folder; the input unchanged;
// no profile folder left; the next run succeeds.
#include "GeneratorCli.hpp"
#include "OfficeEnvironment.hpp"
#include "cli/office/CalcDocument.hpp"

#include <Poco/DirectoryIterator.h>
#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>

#include <gtest/gtest.h>

#include <signal.h>

#include <atomic>
#include <fstream>
#include <functional>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

namespace concord::integration {

namespace {

std::string buildDir() {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("");
    return path.toString();
}

std::string sampleWorkbook() {
    return buildDir() + "oxt-extra/samples/concord-sample-en.ods";
}

/// The soffice.bin processes whose parent is pid (concord starts soffice.bin directly).
std::vector<pid_t> officeChildren(pid_t pid) {
    std::vector<pid_t> out;
    for (Poco::DirectoryIterator it(std::string("/proc")), end; it != end; ++it) {
        std::ifstream stat(it.path().toString() + "/stat");
        std::string line;
        if (!std::getline(stat, line))
            continue;
        // pid (comm) state ppid …; comm may hold spaces, so split at the last ')'.
        const std::size_t open = line.find('('), close = line.rfind(')');
        if (open == std::string::npos || close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 2));
        char state = 0;
        pid_t parent = 0;
        rest >> state >> parent;
        if (parent == pid && line.substr(open + 1, close - open - 1) == "soffice.bin")
            out.push_back(static_cast<pid_t>(std::stol(line.substr(0, open))));
    }
    return out;
}

struct CliRun {
    GeneratorCli::Outcome outcome;
    pid_t pid = 0;
    std::vector<pid_t> killed; ///< the soffice.bin processes killed from outside
};

/// When to kill the office: given concord's pid and its stderr so far.
using KillWhen = std::function<bool(pid_t concord, const std::string& err)>;

/// Kills as soon as a stderr line contains text.
KillWhen onLine(const std::string& text) {
    return [text](pid_t, const std::string& err) { return err.find(text) != std::string::npos; };
}

/// Runs concord in folder with extra environment variables; when killWhen is given, SIGKILLs
/// its soffice.bin as soon as killWhen says so (asked every 10 ms).
CliRun concord(const std::vector<std::string>& arguments, const std::string& folder,
               const KillWhen& killWhen = {}, const Poco::Process::Env& env = {}) {
    Poco::Pipe out;
    Poco::Pipe err;
    Poco::Process::Env english = GeneratorCli::englishLocale(); // the test reads English
    english.insert(env.begin(), env.end());
    Poco::ProcessHandle handle = Poco::Process::launch(buildDir() + "addin/cli/concord", arguments,
                                                       folder, nullptr, &out, &err, english);
    CliRun run;
    run.pid = handle.id();
    std::mutex lock;
    std::atomic<bool> done{false};
    std::thread errors([&] {
        Poco::PipeInputStream in(err);
        std::string line;
        while (std::getline(in, line)) {
            const std::lock_guard<std::mutex> guard(lock);
            run.outcome.err += line + "\n";
        }
        done = true;
    });
    std::thread killer([&] {
        while (killWhen && !done) {
            std::string soFar;
            {
                const std::lock_guard<std::mutex> guard(lock);
                soFar = run.outcome.err;
            }
            if (killWhen(run.pid, soFar)) {
                run.killed = officeChildren(run.pid);
                for (pid_t office : run.killed)
                    ::kill(office, SIGKILL);
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    Poco::PipeInputStream in(out);
    std::ostringstream text;
    Poco::StreamCopier::copyStream(in, text);
    run.outcome.out = text.str();
    errors.join();
    killer.join();
    run.outcome.exitCode = handle.wait();
    return run;
}

/// The names in a folder, hidden ones (.tmp) included.
std::set<std::string> listing(const std::string& folder) {
    std::set<std::string> names;
    for (Poco::DirectoryIterator it(folder), end; it != end; ++it)
        names.insert(it.name());
    return names;
}

/// The private profile folders of the concord process pid in the temp folder.
std::vector<std::string> profileFolders(pid_t pid) {
    const std::string prefix = "concord-office-" + std::to_string(pid) + "-";
    std::vector<std::string> out;
    for (Poco::DirectoryIterator it(Poco::Path::temp()), end; it != end; ++it)
        if (it.name().compare(0, prefix.size(), prefix) == 0)
            out.push_back(it.path().toString());
    return out;
}

/// Whether a private profile folder of the concord process pid is left in the temp folder.
bool profileLeft(pid_t pid) {
    return !profileFolders(pid).empty();
}

/// Kills as soon as the first hand-out file (not a hidden temporary one) is written,
/// wherever concord has the office write it: in dir, or in a folder of its private profile.
KillWhen onFirstHandOut(const std::string& dir) {
    return [dir](pid_t concord, const std::string&) {
        std::vector<std::string> folders = profileFolders(concord);
        for (std::string& folder : folders)
            folder += "/handout";
        folders.push_back(dir);
        for (const std::string& folder : folders) {
            if (!Poco::File(folder).exists())
                continue;
            try {
                for (Poco::DirectoryIterator it(folder), end; it != end; ++it)
                    if (it.name()[0] != '.')
                        return true;
            } catch (const Poco::Exception&) {
                // the folder went away meanwhile
            }
        }
        return false;
    };
}

class CliFaults : public ::testing::Test {
protected:
    void SetUp() override {
        if (!Poco::File(sampleWorkbook()).exists())
            GTEST_SKIP() << "no sample workbook at " << sampleWorkbook() << " (build concord_oxt)";
        _folder = Poco::TemporaryFile::tempName() + "-faults/";
        Poco::File(_folder).createDirectories();
    }
    void TearDown() override {
        try {
            if (!_folder.empty())
                Poco::File(_folder).remove(true);
        } catch (const Poco::Exception& error) {
            ADD_FAILURE() << "cannot remove " << _folder << ": " << error.displayText();
        }
    }

    std::string path(const std::string& name) const { return _folder + name; }

    /// The sample workbook copied into the folder as name.
    std::string copySample(const std::string& name) const {
        Poco::File(sampleWorkbook()).copyTo(path(name));
        return path(name);
    }

    /// What every kill must leave: exit code 70, the stderr line, no profile, no office.
    static void expectReportedKill(const CliRun& run, const std::string& during) {
        EXPECT_EQ(70, run.outcome.exitCode) << run.outcome.err;
        EXPECT_NE(std::string::npos,
                  run.outcome.err.find("concord: LibreOffice stopped unexpectedly while " + during))
            << run.outcome.err;
        EXPECT_NE(std::string::npos, run.outcome.err.find("killed by signal 9")) << run.outcome.err;
        EXPECT_NE(std::string::npos, run.outcome.err.find("Run the command again."))
            << run.outcome.err;
        EXPECT_FALSE(profileLeft(run.pid));
        EXPECT_TRUE(officeChildren(run.pid).empty());
    }

    std::string _folder;
};

} // namespace

// --- the office killed in the middle of a command ---

TEST_F(CliFaults, BuildKilledWhileBuildingSheetsWritesNothingAndTheNextRunSucceeds) {
    const std::string input = copySample("in.ods");
    const std::string hash = GeneratorCli::fileHash(input);
    const CliRun killed = concord({"build", input, "-o", path("out.ods"), "--pdf", path("out.pdf")},
                                  _folder, onLine("concord: building sheets of"));
    ASSERT_EQ(1u, killed.killed.size()) << killed.outcome.err;
    expectReportedKill(killed, "building sheets of " + input);
    EXPECT_NE(std::string::npos,
              killed.outcome.err.find("not written: " + path("out.ods") + ", " + path("out.pdf")))
        << killed.outcome.err;
    EXPECT_EQ(std::set<std::string>{"in.ods"}, listing(_folder));
    EXPECT_EQ(hash, GeneratorCli::fileHash(input));

    const CliRun next = concord({"build", input, "-o", path("out.ods")}, _folder);
    EXPECT_EQ(0, next.outcome.exitCode) << next.outcome.err;
    EXPECT_TRUE(Poco::File(path("out.ods")).exists());
    EXPECT_EQ(hash, GeneratorCli::fileHash(input));
}

TEST_F(CliFaults, BuildKilledWhileWritingLeavesNeitherTheFileNorATemporaryOne) {
    const std::string input = copySample("in.ods");
    const CliRun killed = concord({"build", input, "-o", path("out.ods")}, _folder, {},
                                  {{"CONCORD_TEST_KILL_OFFICE_AT", "save"}});
    expectReportedKill(killed, "writing " + path("out.ods"));
    EXPECT_EQ(std::set<std::string>{"in.ods"}, listing(_folder));
}

TEST_F(CliFaults, HandOutAndCollectKilledWriteNothingAndRunAgain) {
    const std::string master = copySample("master.ods");
    const std::string hash = GeneratorCli::fileHash(master);
    Poco::File(path("handouts")).createDirectories();

    // Hand-out: killed as soon as the office has written the first of the seven files → DIR
    // stays empty.
    const CliRun killed =
        concord({"handout", master, "--period", "2026-12", "-o", path("handouts")}, _folder,
                onFirstHandOut(path("handouts")));
    ASSERT_EQ(1u, killed.killed.size()) << killed.outcome.err;
    expectReportedKill(killed, "handing out " + master);
    EXPECT_TRUE(listing(path("handouts")).empty());

    const CliRun handOut =
        concord({"handout", master, "--period", "2026-12", "-o", path("handouts")}, _folder);
    ASSERT_EQ(0, handOut.outcome.exitCode) << handOut.outcome.err;
    EXPECT_EQ((std::set<std::string>{"CS 2026-12.ods", "FIN 2026-12.ods", "LOG 2026-12.ods",
                                     "MGT 2026-12.ods", "MKT 2026-12.ods", "SAL 2026-12.ods",
                                     "TSG 2026-12.ods"}),
              listing(path("handouts")));

    // Collect: killed while collecting → no OUT, no report, MASTER unchanged.
    std::vector<std::string> collect = {"collect", master};
    for (const std::string& name : listing(path("handouts")))
        collect.push_back(path("handouts/") + name);
    for (const char* more : {"-o", "collected.ods", "--json", "collect.json"})
        collect.push_back(more);
    const CliRun collectKilled =
        concord(collect, _folder, {}, {{"CONCORD_TEST_KILL_OFFICE_AT", "collect"}});
    expectReportedKill(collectKilled, "collecting into " + master);
    EXPECT_NE(std::string::npos, collectKilled.outcome.err.find("not written: collected.ods, "
                                                                "collect.json"))
        << collectKilled.outcome.err;
    EXPECT_EQ((std::set<std::string>{"handouts", "master.ods"}), listing(_folder));
    EXPECT_EQ(hash, GeneratorCli::fileHash(master));

    // Nothing filled in: every row empty, nothing refused → 0, OUT written.
    const CliRun collected = concord(collect, _folder);
    EXPECT_EQ(0, collected.outcome.exitCode) << collected.outcome.err;
    EXPECT_TRUE(Poco::File(path("collected.ods")).exists());
    EXPECT_EQ(hash, GeneratorCli::fileHash(master));
}

// --- two runs at once ---

TEST_F(CliFaults, TwoBuildsAtOnceBothSucceed) {
    const std::string first = copySample("first.ods");
    const std::string second = copySample("second.ods");
    CliRun a, b;
    std::thread other([&] { b = concord({"build", second}, _folder); });
    a = concord({"build", first}, _folder);
    other.join();
    EXPECT_EQ(0, a.outcome.exitCode) << a.outcome.err;
    EXPECT_EQ(0, b.outcome.exitCode) << b.outcome.err;
    EXPECT_EQ((std::set<std::string>{"first.ods", "first-concord.ods", "second.ods",
                                     "second-concord.ods"}),
              listing(_folder));
}

// --- a workbook another Calc holds open ---

TEST_F(CliFaults, WorkbookOpenInAnotherCalcWithAForeignLockIsReadAndLeftAlone) {
    // A lock file written by "another user's" Calc, then the file opened in a second office
    // (this test binary's): concord reads a copy, so neither stops it, and neither the
    // workbook nor the lock file changes.
    const std::string input = copySample("shared.ods");
    const std::string lock = path(".~lock.shared.ods#");
    {
        Poco::FileOutputStream out(lock);
        out << "Somebody Else,elsewhere,elsewhere,03.12.2026 09:00,"
               "file:///home/else/.config/libreoffice/4;";
    }
    const std::string hash = GeneratorCli::fileHash(input);
    cli::CalcDocument open = cli::CalcDocument::load(OfficeEnvironment::office(), input);
    ASSERT_TRUE(Poco::File(lock).exists());
    const std::string lockHash = GeneratorCli::fileHash(lock);

    const CliRun run = concord({"build", input, "-o", path("out.ods")}, _folder);
    EXPECT_EQ(0, run.outcome.exitCode) << run.outcome.err;
    EXPECT_TRUE(Poco::File(path("out.ods")).exists());
    EXPECT_EQ(hash, GeneratorCli::fileHash(input));
    EXPECT_EQ(lockHash, GeneratorCli::fileHash(lock));
    open.close();
}

} // namespace concord::integration
