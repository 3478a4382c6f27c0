// How the generated sheets print (sheets/Printing.hpp, DESIGN §3 "The report as a
// document"): A4 landscape, one page wide (a scorecard one page in all), the rows down to the
// table header repeated, the company and the period in the header, "page x of y" in the
// footer in the build's language; and which sheets a report PDF holds (ReadingOrder.hpp).
#include "core/sheets/Build.hpp"
#include "core/sheets/Printing.hpp"
#include "core/sheets/ReadingOrder.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

#include <variant>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::sheets;
using concord::test::WorkbookBuilder;

namespace {

/// Two departments, one KPI each, September data: a build writes Company, two scorecards,
/// SMART, Request matrix and Escalations.
std::vector<RawSheet> workbook() {
    return WorkbookBuilder()
        .department("SAL", "Sales", {})
        .department("MKT", "Marketing", {})
        .goal("G0", "company", "Grow revenue to 100 thousand a month by 31.12.2026",
              {{"owner", "CEO"}, {"kpi", "REV"}})
        .kpi("REV", "Revenue", "SAL", 100.0, {})
        .kpi("LEADS", "Leads", "MKT", 50.0, {})
        .actual("REV", "2026-09", 90.0)
        .actual("LEADS", "2026-09", 40.0)
        .request("R1", "SAL", "MKT", "leads", {{"frequency", "month"}, {"agreed", "yes"}})
        .sheets();
}

/// A sheet named name whose first text (B2, below an empty A1) is title.
RawSheet about(const std::string& name, const std::string& title) {
    Grid cells(3, 2);
    cells.at(1, 1) = title;
    cells.at(2, 0) = std::string("Second line");
    return {name, cells};
}

BuildResult built(std::vector<RawSheet> sheets, Language language, const std::string& file) {
    BuildOptions options;
    options.language = language;
    options.generatedAt = {{2026, 10, 1}, 9, 0};
    options.fileName = file;
    return build(sheets, options, CONCORD_DATA_DIR);
}

std::string text(const Layout& sheet, int row, int col) {
    const auto* value = std::get_if<std::string>(&sheet.cells.at(row, col));
    return value ? *value : std::string();
}

} // namespace

TEST(SheetsPrint, EverySheetA4LandscapeOnePageWideWithHeaderAndFooter) {
    std::vector<RawSheet> sheets = workbook();
    sheets.insert(sheets.begin(), about("About", "Volna Telecom"));
    const BuildResult result = built(sheets, Language::En, "volna");
    ASSERT_EQ(7u,
              result.sheets.size()); // Company, People, 2 scorecards, SMART, matrix, escalations
    for (const Layout& sheet : result.sheets) {
        SCOPED_TRACE(sheet.name);
        const PrintSetup& print = sheet.print;
        EXPECT_TRUE(print.landscape);
        EXPECT_EQ(1, print.pagesWide);
        // one page per department: a scorecard is also fitted to one page tall, and so is
        // this short Company sheet (well under 100 rows)
        EXPECT_EQ(sheet.kind == "scorecard" || sheet.kind == "company" ? 1 : 0, print.pagesTall);
        // the title, period line and notes down to the table header: the frozen rows
        EXPECT_EQ(sheet.frozenRows, print.repeatRows);
        EXPECT_GT(print.repeatRows, 0);
        // the About sheet's first text, not the file name
        EXPECT_EQ("Volna Telecom", print.headerLeft);
        EXPECT_EQ("Period 2026-09", print.headerRight);
        EXPECT_EQ("Page {page} of {pages}", print.footerPattern);
    }
}

TEST(SheetsPrint, RepeatedRowsEndWithTheTableHeader) {
    const BuildResult result = built(workbook(), Language::En, "volna");
    // Company and a scorecard: row 0 the title, the last repeated row the header of the
    // table ("ID" of the scorecard's KPI table, "Code" of the company's departments)
    const Layout& company = result.sheets[0];
    EXPECT_EQ("Company scorecard", text(company, 0, 0));
    EXPECT_EQ("Code", text(company, company.print.repeatRows - 1, 0));
    const Layout& scorecard = result.sheets[2]; // after Company and People
    EXPECT_EQ("Scorecard: Sales (SAL)", text(scorecard, 0, 0));
    EXPECT_EQ("ID", text(scorecard, scorecard.print.repeatRows - 1, 0));
}

TEST(SheetsPrint, RussianTextsAndTheRussianAboutSheet) {
    std::vector<RawSheet> sheets = workbook();
    sheets.push_back(about("  о МЕТОДЕ ", "Волна Телеком"));
    const BuildResult result = built(sheets, Language::Ru, "volna");
    const PrintSetup& print = result.sheets[1].print;
    EXPECT_EQ("Волна Телеком", print.headerLeft);
    EXPECT_EQ("Период 2026-09", print.headerRight);
    EXPECT_EQ("Страница {page} из {pages}", print.footerPattern);
}

TEST(SheetsPrint, FileNameWithoutAnAboutSheetOrWithAnEmptyOne) {
    // no About sheet: the file name
    EXPECT_EQ("volna", built(workbook(), Language::En, "volna").sheets[0].print.headerLeft);
    // an About sheet without any text: still the file name
    std::vector<RawSheet> sheets = workbook();
    sheets.push_back({"About", Grid(2, 2)});
    EXPECT_EQ("book", built(sheets, Language::En, "book").sheets[0].print.headerLeft);
    // a sheet of another name is no About sheet
    sheets = workbook();
    sheets.push_back(about("Notes", "Not the company"));
    EXPECT_EQ("book", built(sheets, Language::En, "book").sheets[0].print.headerLeft);
}

TEST(SheetsPrint, ReportSheetsInReadingOrder) {
    // a document where the user moved SMART before Company and has own sheets in between
    const std::vector<WrittenSheet> document = {{"About", ""},
                                                {"SMART", "smart"},
                                                {"KPIs", ""},
                                                {"Company", "company"},
                                                {"Scorecard SAL", "scorecard"},
                                                {"Notes", ""},
                                                {"Scorecard MKT", "scorecard"},
                                                {"People", "people"},
                                                {"Escalations", "escalations"},
                                                {"Request matrix", "requests"}};
    // generated only, Company, People, scorecards (in their order), SMART, requests, escalations
    const std::vector<std::string> report = reportSheets(document, false);
    EXPECT_EQ((std::vector<std::string>{"Company", "People", "Scorecard SAL", "Scorecard MKT",
                                        "SMART", "Request matrix", "Escalations"}),
              report);
    EXPECT_FALSE(inDocumentOrder(document, report));
    // --pdf-all: every sheet as it stands
    const std::vector<std::string> all = reportSheets(document, true);
    EXPECT_EQ(10u, all.size());
    EXPECT_EQ("About", all.front());
    EXPECT_EQ("Request matrix", all.back());
    EXPECT_TRUE(inDocumentOrder(document, all));
    // as a build writes them: in reading order already
    const std::vector<WrittenSheet> built = {
        {"About", ""},      {"Company", "company"},         {"Scorecard SAL", "scorecard"},
        {"SMART", "smart"}, {"Request matrix", "requests"}, {"Escalations", "escalations"}};
    EXPECT_TRUE(inDocumentOrder(built, reportSheets(built, false)));
    EXPECT_TRUE(reportSheets({{"About", ""}}, false).empty());
}

TEST(SheetsPrint, FooterPartsAroundThePageFields) {
    // "Page {page} of {pages}": text, page number, text, page count
    const std::vector<FooterPart> parts = footerParts("Page {page} of {pages}");
    ASSERT_EQ(4u, parts.size());
    EXPECT_EQ(FooterPart::Kind::Text, parts[0].kind);
    EXPECT_EQ("Page ", parts[0].text);
    EXPECT_EQ(FooterPart::Kind::Page, parts[1].kind);
    EXPECT_EQ(" of ", parts[2].text);
    EXPECT_EQ(FooterPart::Kind::Pages, parts[3].kind);
    // fields only, and a pattern without any: one text
    const std::vector<FooterPart> bare = footerParts("{page}/{pages}.");
    ASSERT_EQ(4u, bare.size());
    EXPECT_EQ(FooterPart::Kind::Page, bare[0].kind);
    EXPECT_EQ("/", bare[1].text);
    EXPECT_EQ(FooterPart::Kind::Pages, bare[2].kind);
    EXPECT_EQ(".", bare[3].text);
    ASSERT_EQ(1u, footerParts("{pag}").size());
    EXPECT_EQ("{pag}", footerParts("{pag}")[0].text);
}
