// The report as a document (DESIGN §3): the sample workbook (concord-sample-en, shipped in
// the .oxt) built for real, then org.concord.Generator's exportPdf and the command
// vnd.concord:ExportPdf; the PDF read back with poppler-utils (pdfinfo, pdftotext).
#include "OfficeEnvironment.hpp"
#include "SidebarCommands.hpp"
#include "cli/office/FileUrl.hpp"
#include "uno/text/UnoText.hpp"

#include <org/concord/Generator.hpp>

#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/TemporaryFile.h>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <regex>

namespace concord::integration {

namespace {

std::string sampleWorkbook() {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("");
    path.pushDirectory("oxt-extra");
    path.pushDirectory("samples");
    path.setFileName("concord-sample-en.ods");
    return path.toString();
}

/// What command prints on stdout.
std::string output(const std::string& command) {
    std::string text;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        while (const std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
            text.append(buffer, n);
        pclose(pipe);
    }
    return text;
}

int pageCount(const std::string& pdf) {
    std::smatch match;
    const std::string info = output("pdfinfo '" + pdf + "' 2>/dev/null");
    return std::regex_search(info, match, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(match[1])
                                                                          : -1;
}

std::string pageText(const std::string& pdf, int page) {
    const std::string n = std::to_string(page);
    return output("pdftotext -f " + n + " -l " + n + " '" + pdf + "' - 2>/dev/null");
}

/// Each page's box "width x height" in points.
std::vector<std::string> pageSizes(const std::string& pdf, int pages) {
    const std::string info =
        output("pdfinfo -f 1 -l " + std::to_string(pages) + " '" + pdf + "' 2>/dev/null");
    std::vector<std::string> sizes;
    const std::regex size("Page\\s+\\d+ size:\\s+([0-9.]+) x ([0-9.]+)");
    for (auto it = std::sregex_iterator(info.begin(), info.end(), size);
         it != std::sregex_iterator(); ++it)
        sizes.push_back(std::to_string(std::lround(std::stod((*it)[1]))) + "x" +
                        std::to_string(std::lround(std::stod((*it)[2]))));
    return sizes;
}

class ReportPdf : public ::testing::Test {
protected:
    void SetUp() override {
        if (!Poco::File(sampleWorkbook()).exists())
            GTEST_SKIP() << "no sample workbook (built with CONCORD_TEMPLATES=ON)";
        _folder = Poco::TemporaryFile::tempName() + "-pdf/";
        Poco::File(_folder).createDirectories();
        _document.emplace(cli::CalcDocument::load(OfficeEnvironment::office(), sampleWorkbook()));
        _generator = org::concord::Generator::create(OfficeEnvironment::office().context());
        const auto result = _generator->build(_document->model(), "", "en", "all");
        for (const rtl::OUString& name : result.sheets)
            _sheets.push_back(::concord::uno::toUtf8(name));
    }
    void TearDown() override {
        _document.reset();
        if (!_folder.empty())
            Poco::File(_folder).remove(true);
    }

    std::string exported(const std::string& name, bool everySheet) {
        const std::string path = _folder + name;
        _generator->exportPdf(_document->model(),
                              ::concord::uno::fromUtf8(cli::FileUrl::fromPath(path)), everySheet);
        return path;
    }

    std::string _folder;
    std::optional<cli::CalcDocument> _document;
    css::uno::Reference<org::concord::XGenerator> _generator;
    std::vector<std::string> _sheets;
};

} // namespace

TEST_F(ReportPdf, OnlyTheGeneratedSheetsLandscapeOnePagePerScorecard) {
    const std::string pdf = exported("report.pdf", false);
    const int pages = pageCount(pdf);
    ASSERT_GT(pages, 0);
    // A4 landscape: 841.89 × 595.28 points on every page
    for (const std::string& size : pageSizes(pdf, pages))
        EXPECT_EQ("842x595", size);
    std::string all;
    std::vector<int> scorecardPages; // per page: how many scorecard titles it holds
    for (int page = 1; page <= pages; ++page) {
        const std::string text = pageText(pdf, page);
        all += text;
        // the header: the About sheet's title and the period; the footer: page x of y
        EXPECT_NE(std::string::npos, text.find("Concord: how departments stop fighting")) << page;
        EXPECT_NE(std::string::npos, text.find("Period 2026-")) << page;
        // one page count for the document: page x of all pages
        EXPECT_NE(std::string::npos,
                  text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)))
            << page;
        if (text.find("Scorecard: ") != std::string::npos)
            scorecardPages.push_back(page);
    }
    // one page per scorecard: each scorecard's title (repeated on every page of its sheet)
    // is on exactly one page, so there are as many such pages as scorecards
    const auto scorecards = std::count_if(_sheets.begin(), _sheets.end(), [](const auto& name) {
        return name.rfind("Scorecard ", 0) == 0;
    });
    ASSERT_GT(scorecards, 0);
    EXPECT_EQ(static_cast<std::size_t>(scorecards), scorecardPages.size());
    // every generated sheet's title, none of the input tables' headers
    for (const char* title : {"Company scorecard", "SMART check of the goals",
                              "Requests between departments", "Escalations"})
        EXPECT_NE(std::string::npos, all.find(title)) << title;
    // none of the input sheets: the About sheet's text below its title (the title is the
    // page header); "Delivered on" does not tell, the request matrix has that header too
    for (const char* input : {"One common company goal", "Fill in the six sheets"})
        EXPECT_EQ(std::string::npos, all.find(input)) << input;
    // one bookmark per sheet (Calc writes each printed sheet's name as an outline entry)
    EXPECT_NE(std::string::npos, output("grep -a -c '/Outlines' '" + pdf + "'").find('1'));
}

TEST_F(ReportPdf, EverySheetAddsTheInputTables) {
    const std::string report = exported("report.pdf", false);
    const std::string whole = exported("whole.pdf", true);
    EXPECT_GT(pageCount(whole), pageCount(report));
    std::string all;
    for (int page = 1; page <= pageCount(whole); ++page)
        all += pageText(whole, page);
    EXPECT_NE(std::string::npos, all.find("One common company goal"));
    EXPECT_NE(std::string::npos, all.find("Company scorecard"));
}

TEST_F(ReportPdf, TheCommandWithAUrlWritesTheFile) {
    const std::string path = _folder + "command.pdf";
    const auto outcome = SidebarCommands::execute(
        *_document, "vnd.concord:ExportPdf",
        {SidebarCommands::argument(
            "URL", css::uno::Any(::concord::uno::fromUtf8(cli::FileUrl::fromPath(path))))});
    EXPECT_TRUE(outcome.success);
    ASSERT_TRUE(Poco::File(path).exists());
    EXPECT_EQ(pageCount(exported("report.pdf", false)), pageCount(path));
}

} // namespace concord::integration
