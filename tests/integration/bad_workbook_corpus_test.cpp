// The corpus of bad workbooks (issue 14 "Hardening"): tests/corpus/make_bad_workbooks.py
// makes them from the sample workbook, each with what `concord build` must answer
// (manifest.json). Every file goes through the real `concord build` (its own private office)
// and, when Calc opens it, through org.concord.Generator in this binary's office; a bad
// workbook may fail the build, but never crash the office, never write to the input file,
// and never change a user's sheet (DESIGN §3, §6).
#include "GeneratorCli.hpp"
#include "GeneratorFixture.hpp"
#include "OfficeEnvironment.hpp"
#include "cli/office/CalcDocument.hpp"
#include "cli/office/OfficeError.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <org/concord/Generator.hpp>

#include <Poco/DirectoryIterator.h>
#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Path.h>
#include <Poco/TemporaryFile.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#ifndef CONCORD_CORPUS_SCRIPT
#error "CONCORD_CORPUS_SCRIPT (tests/corpus/make_bad_workbooks.py) must be defined by CMake"
#endif
#ifndef CONCORD_SAMPLE_WORKBOOK
#error "CONCORD_SAMPLE_WORKBOOK (the built English sample .ods) must be defined by CMake"
#endif

namespace concord::integration {

namespace {

const char python[] = "/usr/bin/python3";
/// concord runs at once, beside this binary's office.
constexpr int cliWorkers = 2;

/// One entry of manifest.json (see the script's header).
struct Case {
    std::string file;
    std::string about;
    int exitCode = 0;
    std::vector<std::string> messages;
    bool opensInCalc = true;
    std::vector<std::string> outputSheets;
};

/// What `concord build` did with one file.
struct CliRun {
    GeneratorCli::Outcome outcome;
    std::string hashBefore;
    std::string hashAfter;
    double seconds = 0;
};

/// What a build inside Calc did with one file.
struct CalcRun {
    bool built = false;
    std::string rejection; ///< the IllegalArgumentException's message
    std::string failure;   ///< any other exception
    std::vector<std::string> changedSheets;
    bool officeRunning = true;
};

std::vector<Case> readManifest(const std::string& path) {
    Poco::FileInputStream in(path);
    const nlohmann::json manifest = nlohmann::json::parse(in);
    std::vector<Case> cases;
    for (const nlohmann::json& entry : manifest.at("cases"))
        cases.push_back({entry.at("file"), entry.at("about"), entry.at("exit_code"),
                         entry.at("messages"), entry.at("opens_in_calc"),
                         entry.at("output_sheets")});
    return cases;
}

/// A crashed office shows as a signal ending concord, or as the dead UNO bridge concord
/// reports ("Binary URP bridge disposed", DisposedException).
bool crashed(const GeneratorCli::Outcome& outcome) {
    return outcome.exitCode > 255 || outcome.err.find("disposed") != std::string::npos ||
           outcome.err.find("Disposed") != std::string::npos;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

class BadWorkbookCorpus : public GeneratorFixture {
protected:
    void SetUp() override {
        GeneratorFixture::SetUp();
        _folder = Poco::TemporaryFile::tempName() + "-corpus/";
        Poco::File(_folder + "calc").createDirectories();
        Poco::File(_folder + "out").createDirectories();
    }
    void TearDown() override {
        GeneratorFixture::TearDown();
        try {
            Poco::File(_folder).remove(true);
        } catch (const Poco::Exception& error) {
            ADD_FAILURE() << "cannot remove " << _folder << ": " << error.displayText();
        }
    }

    std::string corpus(const std::string& file) const { return _folder + "corpus/" + file; }

    /// concord build FILE -o out/FILE.ods, with the input's hash before and after.
    CliRun runCli(const Case& entry) const {
        CliRun run;
        const auto start = std::chrono::steady_clock::now();
        run.hashBefore = GeneratorCli::fileHash(corpus(entry.file));
        run.outcome =
            GeneratorCli::run({"build", corpus(entry.file), "-o", output(entry)}, _folder);
        run.hashAfter = GeneratorCli::fileHash(corpus(entry.file));
        run.seconds = secondsSince(start);
        return run;
    }

    std::string output(const Case& entry) const { return _folder + "out/" + entry.file + ".ods"; }

    /// Opens a copy of the file in this binary's office, builds every sheet through
    /// org.concord.Generator, and compares each sheet the file had with what it holds after.
    CalcRun runInCalc(const Case& entry) const {
        CalcRun run;
        const std::string copy = _folder + "calc/" + entry.file;
        Poco::File(corpus(entry.file)).copyTo(copy);
        Poco::File(copy).setWriteable(true);
        cli::CalcDocument document = cli::CalcDocument::load(OfficeEnvironment::office(), copy);
        const auto before = allContents(document.model());
        try {
            org::concord::Generator::create(OfficeEnvironment::office().context())
                ->build(document.model(), {}, {}, ::concord::uno::fromUtf8("all"));
            run.built = true;
        } catch (const css::lang::IllegalArgumentException& error) {
            run.rejection = ::concord::uno::toUtf8(error.Message);
        } catch (const css::uno::Exception& error) {
            run.failure = ::concord::uno::toUtf8(error.Message);
        }
        run.officeRunning = OfficeEnvironment::office().isRunning();
        if (!run.officeRunning)
            return run;
        const auto after = allContents(document.model());
        for (const auto& [name, contents] : before) {
            const auto found = after.find(name);
            if (found == after.end() || found->second != contents)
                run.changedSheets.push_back(name);
        }
        return run;
    }

    /// The sheets of the workbook concord wrote for the case.
    std::vector<std::string> outputSheets(const Case& entry) const {
        cli::CalcDocument document =
            cli::CalcDocument::load(OfficeEnvironment::office(), output(entry));
        return sheetNames(document.model());
    }

    /// Files named core or core.<pid> left in the working folder by a crashed process.
    std::vector<std::string> coreFiles() const {
        std::vector<std::string> cores;
        for (Poco::DirectoryIterator it(_folder), end; it != end; ++it)
            if (it.name() == "core" || it.name().rfind("core.", 0) == 0)
                cores.push_back(it.name());
        return cores;
    }

    std::string _folder;
};

} // namespace

TEST_F(BadWorkbookCorpus, EveryBadWorkbookEndsWithItsExitCodeAndMessageAndChangesNoUserData) {
    const auto start = std::chrono::steady_clock::now();
    const auto made = GeneratorCli::runProgram(
        python, {CONCORD_CORPUS_SCRIPT, CONCORD_SAMPLE_WORKBOOK, _folder + "corpus"}, _folder);
    ASSERT_EQ(0, made.exitCode) << made.out << made.err;
    const std::vector<Case> cases = readManifest(corpus("manifest.json"));
    ASSERT_GE(cases.size(), 40u);
    std::cout << "corpus: " << cases.size() << " files made in " << secondsSince(start) << " s"
              << std::endl;

    // The command line runs on threads of their own (each run starts its own office, so
    // they do not share anything) while this thread builds the same files inside this
    // binary's office.
    std::vector<CliRun> cliRuns(cases.size());
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> cli;
    for (int worker = 0; worker < cliWorkers; ++worker)
        cli.emplace_back([&] {
            for (std::size_t i = next++; i < cases.size(); i = next++)
                cliRuns[i] = runCli(cases[i]);
        });
    const auto calcStart = std::chrono::steady_clock::now();
    std::vector<std::optional<CalcRun>> calcRuns(cases.size());
    std::string calcError;
    try {
        for (std::size_t i = 0; i < cases.size(); ++i)
            if (cases[i].opensInCalc)
                calcRuns[i] = runInCalc(cases[i]);
    } catch (const std::exception& error) { // an office error: reported after the join
        calcError = error.what();
    } catch (const css::uno::Exception& error) {
        calcError = ::concord::uno::toUtf8(error.Message);
    }
    const double calcSeconds = secondsSince(calcStart);
    for (std::thread& worker : cli)
        worker.join();
    EXPECT_EQ("", calcError);

    int crashes = 0;
    int changedInputs = 0;
    int changedUserSheets = 0;
    int builtInCalc = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Case& entry = cases[i];
        const CliRun& run = cliRuns[i];
        SCOPED_TRACE(entry.file + " (" + entry.about + ")");
        const std::string said = run.outcome.out + run.outcome.err;
        EXPECT_EQ(entry.exitCode, run.outcome.exitCode) << said;
        for (const std::string& message : entry.messages)
            EXPECT_NE(std::string::npos, said.find(message)) << "no \"" << message << "\" in\n"
                                                             << said;
        if (crashed(run.outcome)) {
            ++crashes;
            ADD_FAILURE() << "the office crashed: " << said;
        }
        if (run.hashBefore != run.hashAfter) {
            ++changedInputs;
            ADD_FAILURE() << "concord build wrote to its input";
        }
        if (run.outcome.exitCode == 0 && !entry.outputSheets.empty()) {
            const std::vector<std::string> sheets = outputSheets(entry);
            for (const std::string& name : entry.outputSheets)
                EXPECT_NE(sheets.end(), std::find(sheets.begin(), sheets.end(), name))
                    << "no sheet " << name << " in the output";
        }
        if (!calcRuns[i])
            continue;
        const CalcRun& calc = *calcRuns[i];
        builtInCalc += calc.built ? 1 : 0;
        EXPECT_EQ("", calc.failure);
        // the same outcome as the command line: built, or refused with the same message
        EXPECT_EQ(entry.exitCode == 0, calc.built) << calc.rejection;
        if (!calc.built && !entry.messages.empty()) {
            EXPECT_NE(std::string::npos, calc.rejection.find(entry.messages.front()))
                << calc.rejection;
        }
        if (!calc.officeRunning) {
            ++crashes;
            ADD_FAILURE() << "the test's office died building in Calc";
        }
        changedUserSheets += static_cast<int>(calc.changedSheets.size());
        for (const std::string& name : calc.changedSheets)
            ADD_FAILURE() << "building in Calc changed the user sheet " << name;
    }
    const std::vector<std::string> cores = coreFiles();
    crashes += static_cast<int>(cores.size());
    EXPECT_TRUE(cores.empty()) << cores.front();

    double slowest = 0;
    double cliSeconds = 0;
    std::string slowestFile;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        cliSeconds += cliRuns[i].seconds;
        if (cliRuns[i].seconds > slowest) {
            slowest = cliRuns[i].seconds;
            slowestFile = cases[i].file;
        }
    }
    std::cout << "corpus: " << cases.size() << " files tried, " << crashes << " crashes, "
              << changedInputs << " changed inputs, " << changedUserSheets
              << " changed user sheets (" << builtInCalc << " built in Calc)\n"
              << "corpus: concord build " << cliSeconds << " s in all (" << cliWorkers
              << " at once; slowest " << slowest << " s, " << slowestFile << "), in Calc "
              << calcSeconds << " s; " << secondsSince(start) << " s with making the corpus"
              << std::endl;
}

} // namespace concord::integration
