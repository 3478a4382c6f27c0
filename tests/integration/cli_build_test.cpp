// The concord command line, run as a separate program (the real built `concord`, which
// starts its own private office), on workbooks written by these tests.
#include "GeneratorCli.hpp"
#include "GeneratorWorkbook.hpp"
#include "OfficeEnvironment.hpp"
#include "cli/office/CalcDocument.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/container/XNameAccess.hpp>

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Path.h>
#include <Poco/TemporaryFile.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <tuple>

namespace concord::integration {

namespace {

class CliBuild : public ::testing::Test {
protected:
    void SetUp() override {
        _folder = Poco::TemporaryFile::tempName() + "-cli/";
        Poco::File(_folder).createDirectories();
    }
    void TearDown() override {
        try {
            Poco::File(_folder).remove(true);
        } catch (const Poco::Exception& error) {
            ADD_FAILURE() << "cannot remove " << _folder << ": " << error.displayText();
        }
    }

    std::string path(const std::string& name) const { return _folder + name; }

    /// The test workbook saved as name (its extension picks the format) in the folder.
    std::string saveWorkbook(const std::string& name, const std::string& filter,
                             const GeneratorWorkbook::Options& options = {}) {
        cli::CalcDocument document = cli::CalcDocument::create(OfficeEnvironment::office());
        GeneratorWorkbook::write(document, options);
        document.storeAs(path(name), filter);
        return path(name);
    }

    GeneratorCli::Outcome
    concord(const std::vector<std::string>& arguments,
            const Poco::Process::Env& env = GeneratorCli::englishLocale()) const {
        return GeneratorCli::run(arguments, _folder, env);
    }

    static nlohmann::json readJson(const std::string& file) {
        Poco::FileInputStream in(file);
        return nlohmann::json::parse(in);
    }

    static std::string lastLine(const std::string& text) {
        std::string trimmed = text;
        while (!trimmed.empty() && trimmed.back() == '\n')
            trimmed.pop_back();
        return trimmed.substr(trimmed.rfind('\n') == std::string::npos ? 0
                                                                       : trimmed.rfind('\n') + 1);
    }

private:
    std::string _folder;
};

} // namespace

TEST_F(CliBuild, ReadOnlyInputIsBuiltAndLeftByteForByteUnchanged) {
    const std::string input = saveWorkbook("input.ods", "calc8");
    ASSERT_EQ(0, ::chmod(input.c_str(), 0444));
    const std::string hash = GeneratorCli::fileHash(input);

    const auto run = concord({"build", input, "-o", path("out/book.ods"), "--json",
                              path("out/book.json"), "--pdf", path("out/book.pdf")});
    ASSERT_EQ(0, run.exitCode) << run.err;
    EXPECT_EQ(hash, GeneratorCli::fileHash(input));
    struct stat status {};
    ASSERT_EQ(0, ::stat(input.c_str(), &status));
    EXPECT_EQ(0444u, status.st_mode & 0777u);
    // nothing beside the input: no lock file, no temporary file
    std::vector<std::string> beside;
    Poco::File(path("")).list(beside);
    std::sort(beside.begin(), beside.end());
    EXPECT_EQ((std::vector<std::string>{"input.ods", "out"}), beside);

    // the workbook: the input tables and the generated sheets
    cli::CalcDocument output =
        cli::CalcDocument::load(OfficeEnvironment::office(), path("out/book.ods"));
    auto sheets = output.model()->getSheets();
    for (const char* name : {"Departments", "KPIs", "Scorecard SAL", "Scorecard MKT", "Company",
                             "SMART", "Escalations"})
        EXPECT_TRUE(sheets->hasByName(::concord::uno::fromUtf8(name))) << name;

    // the JSON: the hand-worked numbers of GeneratorWorkbook
    const nlohmann::json json = readJson(path("out/book.json"));
    EXPECT_EQ("2026-02", json["period"]);
    EXPECT_NEAR(3.05 / 3, json["company"]["score"].get<double>(), 1e-12);

    // the PDF
    Poco::FileInputStream pdf(path("out/book.pdf"));
    std::string magic(5, ' ');
    pdf.read(magic.data(), 5);
    EXPECT_EQ("%PDF-", magic);
    EXPECT_NE(std::string::npos, run.out.find("book.ods")) << run.out;
}

TEST_F(CliBuild, ExcelInputGivesTheSameNumbers) {
    const std::string input = saveWorkbook("input.xlsx", "Calc Office Open XML");
    const auto run = concord({"build", input, "-o", path("book.ods"), "--json", path("book.json"),
                              "--period", "2026-02", "--lang", "en"});
    ASSERT_EQ(0, run.exitCode) << run.err;
    const nlohmann::json json = readJson(path("book.json"));
    EXPECT_NEAR(3.05 / 3, json["company"]["score"].get<double>(), 1e-12);
    for (const auto& department : json["departments"]) {
        if (department["code"] == "MKT") {
            EXPECT_NEAR(0.75, department["score"].get<double>(), 1e-12);
        }
    }
}

// DESIGN §2 "Output language": a Russian workbook (saved by this English office, so its
// document locale is not Russian) builds Russian sheets by default, English with --lang en.
TEST_F(CliBuild, RussianWorkbookBuildsRussianByDefaultAndEnglishWithLangEn) {
    GeneratorWorkbook::Options russian;
    russian.language = GeneratorWorkbook::Language::Ru;
    const std::string input = saveWorkbook("ru.ods", "calc8", russian);
    for (const auto& [language, expected, absent] :
         std::vector<std::tuple<std::string, std::vector<std::string>, std::string>>{
             {"", {"Компания", "Карта SAL", "Матрица запросов", "Эскалации"}, "Company"},
             {"en", {"Company", "Scorecard SAL", "Request matrix", "Escalations"}, "Компания"}}) {
        SCOPED_TRACE("--lang " + language);
        std::vector<std::string> arguments = {"build", input, "-o",
                                              path("out-" + language + ".ods")};
        if (!language.empty())
            arguments.insert(arguments.end(), {"--lang", language});
        const auto run = concord(arguments);
        ASSERT_EQ(0, run.exitCode) << run.err;
        cli::CalcDocument output =
            cli::CalcDocument::load(OfficeEnvironment::office(), path("out-" + language + ".ods"));
        auto sheets = output.model()->getSheets();
        for (const std::string& name : expected)
            EXPECT_TRUE(sheets->hasByName(::concord::uno::fromUtf8(name))) << name;
        EXPECT_FALSE(sheets->hasByName(::concord::uno::fromUtf8(absent))) << absent;
    }
}

TEST_F(CliBuild, MissingTableExits65WithOneLineNamingFileAndSheet) {
    GeneratorWorkbook::Options options;
    options.omitTable = "KPIs";
    const std::string input = saveWorkbook("no-kpis.ods", "calc8", options);
    const auto run = concord({"build", input, "-o", path("book.ods")});
    EXPECT_EQ(65, run.exitCode) << run.err;
    const std::string line = lastLine(run.err);
    EXPECT_NE(std::string::npos, line.find("no-kpis.ods")) << line;
    EXPECT_NE(std::string::npos, line.find("KPIs")) << line;
    EXPECT_FALSE(Poco::File(path("book.ods")).exists());
}

TEST_F(CliBuild, CheckListsProblemsWithCellsAndTheSmartReport) {
    GeneratorWorkbook::Options options;
    options.badCells = true;
    const std::string input = saveWorkbook("bad.ods", "calc8", options);
    const std::string hash = GeneratorCli::fileHash(input);
    const auto run = concord({"check", input});
    EXPECT_EQ(65, run.exitCode) << run.err;
    EXPECT_NE(std::string::npos, run.out.find("A6")) << run.out;
    EXPECT_NE(std::string::npos, run.out.find("C7")) << run.out;
    for (const char* goal : {"G1", "G2", "G3"})
        EXPECT_NE(std::string::npos, run.out.find(goal)) << run.out;
    EXPECT_EQ(hash, GeneratorCli::fileHash(input));
}

TEST_F(CliBuild, MissingInputExits66) {
    const auto run = concord({"build", path("nowhere.ods")});
    EXPECT_EQ(66, run.exitCode) << run.err;
    EXPECT_NE(std::string::npos, lastLine(run.err).find("nowhere.ods")) << run.err;
}

TEST_F(CliBuild, MissingInputInRussianExits66) {
    // --lang ru: the command line speaks Russian whatever the locale
    const auto run = concord({"build", path("MISSING.ods"), "--lang", "ru"});
    EXPECT_EQ(66, run.exitCode) << run.err;
    EXPECT_EQ("concord: " + path("MISSING.ods") + ": такого файла нет", lastLine(run.err))
        << run.err;
    // and, without --lang, the locale's language: LANG=ru_RU.UTF-8
    const auto russian = concord({"build", path("MISSING.ods")},
                                 {{"LC_ALL", ""}, {"LC_MESSAGES", ""}, {"LANG", "ru_RU.UTF-8"}});
    EXPECT_EQ(66, russian.exitCode) << russian.err;
    EXPECT_EQ("concord: " + path("MISSING.ods") + ": такого файла нет", lastLine(russian.err))
        << russian.err;
}

TEST_F(CliBuild, UsageErrorsExit64) {
    const std::string input = path("any.ods");
    Poco::File(input).createFile();
    for (const std::vector<std::string>& arguments :
         std::vector<std::vector<std::string>>{{},
                                               {"build"},
                                               {"launch"},
                                               {"build", input, "--lang", "de"},
                                               {"build", input, "--period", "March"},
                                               {"build", input, "-o", path("out.txt")},
                                               {"build", input, "-o", input},
                                               {"build", input, "--no-such-option"}}) {
        const auto run = concord(arguments);
        EXPECT_EQ(64, run.exitCode) << ::testing::PrintToString(arguments) << run.err;
    }
}

} // namespace concord::integration
