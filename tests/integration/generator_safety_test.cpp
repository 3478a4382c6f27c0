// Data safety of the generator through the real Calc (DESIGN §3): only Concord's own
// sheets are replaced, a user sheet is never renamed, changed or deleted, a name clash
// gets a free name and a note, regenerating gives the same sheets, one generation is one
// undo step, and a rejected workbook changes nothing.
#include "GeneratorFixture.hpp"
#include "GeneratorSheetTexts.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <gtest/gtest.h>

#include <regex>

namespace concord::integration {

namespace {

css::uno::Any text(const std::string& value) {
    return css::uno::Any(::concord::uno::fromUtf8(value));
}
css::uno::Any number(double value) {
    return css::uno::Any(value);
}

/// contents() with the time of generation ("2026-11-27 16:43") blanked: two runs a
/// minute apart write different title lines and must otherwise be equal.
std::string withoutTime(const std::string& contents) {
    static const std::regex time("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}");
    return std::regex_replace(contents, time, "<time>");
}

std::map<std::string, std::string> withoutTime(std::map<std::string, std::string> sheets) {
    for (auto& entry : sheets)
        entry.second = withoutTime(entry.second);
    return sheets;
}

GeneratorWorkbook::Options without(const std::string& table, const std::string& kpiColumn = {}) {
    GeneratorWorkbook::Options options;
    options.omitTable = table;
    options.omitKpiColumn = kpiColumn;
    return options;
}

GeneratorWorkbook::Options withBadCells() {
    GeneratorWorkbook::Options options;
    options.badCells = true;
    return options;
}

class GeneratorSafety : public GeneratorFixture {
protected:
    /// Runs build(), expecting an IllegalArgumentException for argument position; returns
    /// its message.
    std::string rejected(sal_Int16 position, const std::string& period = {},
                         const std::string& language = {}, const std::string& what = "all") {
        try {
            build(period, language, what);
        } catch (const css::lang::IllegalArgumentException& error) {
            EXPECT_EQ(position, error.ArgumentPosition);
            return ::concord::uno::toUtf8(error.Message);
        }
        ADD_FAILURE() << "build did not reject the input";
        return {};
    }

    /// The contents of the sheets the user made: every sheet build() did not report.
    std::map<std::string, std::string>
    userContents(const org::concord::GenerationResult& result) const {
        std::map<std::string, std::string> sheets = allContents();
        for (const std::string& generated : strings(result.sheets))
            sheets.erase(generated);
        return sheets;
    }

    void addUserSheets() {
        addSheet("Notes", {{text("Budget"), number(1200), text("=B1*2")},
                           {text("Departments!A2"), text("=Departments!A2"), text("")}});
    }
};

} // namespace

TEST_F(GeneratorSafety, MissingTableStopsWithAClearMessageAndChangesNothing) {
    writeWorkbook(without("KPIs"));
    const auto before = allContents();
    const auto undoBefore = undoTitles();
    const std::string message = rejected(0);
    EXPECT_NE(std::string::npos, message.find("KPIs")) << message;
    EXPECT_EQ(std::string::npos, message.find('\n')) << message;
    EXPECT_EQ(before, allContents());
    EXPECT_EQ(undoBefore, undoTitles());
}

TEST_F(GeneratorSafety, MissingRequiredColumnNamesTheSheetAndChangesNothing) {
    writeWorkbook(without("", "Target"));
    const auto before = allContents();
    const std::string message = rejected(0);
    EXPECT_NE(std::string::npos, message.find("KPIs")) << message;
    EXPECT_NE(std::string::npos, message.find("Target")) << message;
    EXPECT_EQ(before, allContents());
}

TEST_F(GeneratorSafety, BadArgumentsAreRejectedByPosition) {
    writeWorkbook();
    const auto before = allContents();
    EXPECT_NE(std::string::npos, rejected(1, "March").find("March"));
    EXPECT_NE(std::string::npos, rejected(2, "", "de").find("de"));
    EXPECT_NE(std::string::npos, rejected(3, "", "en", "everything").find("everything"));
    EXPECT_EQ(before, allContents());
}

TEST_F(GeneratorSafety, BadCellsAreListedWithTheirAddressesAndTheRestIsBuilt) {
    writeWorkbook(withBadCells());
    const auto result = build("", "en");
    const nlohmann::json problems = report(result)["problems"];
    auto listed = [&](const std::string& cell) {
        for (const auto& problem : problems)
            if (problem["sheet"] == "Actuals" && problem["cell"] == cell)
                return true;
        return false;
    };
    EXPECT_TRUE(listed("A6")) << problems.dump(1); // K9: no such KPI
    EXPECT_TRUE(listed("C7")) << problems.dump(1); // "abc" is not a number
    const std::vector<std::string> lines = strings(result.problems);
    EXPECT_EQ(problems.size(), lines.size());
    bool a6 = false;
    bool c7 = false;
    for (const std::string& line : lines) {
        a6 = a6 || line.find("A6") != std::string::npos;
        c7 = c7 || line.find("C7") != std::string::npos;
    }
    EXPECT_TRUE(a6 && c7) << ::testing::PrintToString(lines);
    // the valid rows still count: company (1.15·2 + 0.75)/3
    EXPECT_NEAR(3.05 / 3, report(result)["company"]["score"].get<double>(), 1e-12);
    EXPECT_EQ(
        7, result.sheets.getLength()); // Company, People, 2 scorecards, SMART, matrix, escalations
}

TEST_F(GeneratorSafety, NameHeldByAUserSheetGetsAFreeNameAndANote) {
    writeWorkbook();
    addSheet("Company", {{text("my own company notes"), number(42)}});
    const std::string mine = contents("Company");
    const auto result = build("", "en");
    EXPECT_EQ(mine, contents("Company"));
    const std::vector<std::string> sheets = strings(result.sheets);
    EXPECT_NE(sheets.end(), std::find(sheets.begin(), sheets.end(), "Company (2)"));
    bool noted = false;
    for (const std::string& note : strings(result.notes))
        noted = noted || (note.find("“Company”") != std::string::npos &&
                          note.find("“Company (2)”") != std::string::npos);
    EXPECT_TRUE(noted) << ::testing::PrintToString(strings(result.notes));
    // and again: the same free name, the user's sheet still untouched
    const auto again = build("", "en");
    EXPECT_EQ(sheets, strings(again.sheets));
    EXPECT_EQ(mine, contents("Company"));
}

TEST_F(GeneratorSafety, UserSheetsAreUnchanged) {
    writeWorkbook();
    addUserSheets();
    const auto before = allContents();
    const auto result = build("", "en");
    EXPECT_EQ(before, userContents(result));
    build("", "en");
    EXPECT_EQ(before, userContents(result));
}

TEST_F(GeneratorSafety, RegeneratingTwiceGivesTheSameSheets) {
    writeWorkbook();
    const auto first = build("", "en");
    const auto names = sheetNames();
    const auto contents = withoutTime(allContents());
    const auto second = build("", "en");
    EXPECT_EQ(strings(first.sheets), strings(second.sheets));
    // the same notes too: none, since the English "Request matrix" meets no input table
    EXPECT_EQ(strings(first.notes), strings(second.notes));
    EXPECT_EQ(std::vector<std::string>{}, strings(first.notes));
    EXPECT_EQ(names, sheetNames());
    EXPECT_EQ(contents, withoutTime(allContents()));
}

TEST_F(GeneratorSafety, OneGenerationIsOneUndoStepAndUndoRestoresThePreviousState) {
    writeWorkbook();
    addUserSheets();
    const auto original = allContents();
    const auto originalNames = sheetNames();
    const std::size_t steps = undoTitles().size();
    build("", "en");
    EXPECT_EQ(steps + 1, undoTitles().size());
    undo();
    EXPECT_EQ(originalNames, sheetNames());
    EXPECT_EQ(original, allContents());
}

TEST_F(GeneratorSafety, UndoOfARegenerationRestoresTheFirstGeneration) {
    writeWorkbook();
    build("", "en");
    const auto firstNames = sheetNames();
    const auto first = withoutTime(allContents());
    build("2026-01", "en");
    undo();
    EXPECT_EQ(firstNames, sheetNames());
    EXPECT_EQ(first, withoutTime(allContents()));
}

TEST_F(GeneratorSafety, AfterUndoASheetOfTheUserWithAGeneratedNameIsKept) {
    // The registry (a document property) is not undone; the sheet's own mark is.
    writeWorkbook();
    build("", "en");
    undo();
    addSheet("Company", {{text("typed by the user after the undo")}});
    const std::string mine = contents("Company");
    const auto result = build("", "en");
    EXPECT_EQ(mine, contents("Company"));
    const std::vector<std::string> sheets = strings(result.sheets);
    EXPECT_NE(sheets.end(), std::find(sheets.begin(), sheets.end(), "Company (2)"));
}

TEST_F(GeneratorSafety, RenamedGeneratedSheetBecomesTheUsers) {
    writeWorkbook();
    build("", "en");
    css::uno::Reference<css::container::XNamed>(sheet("Company"), css::uno::UNO_QUERY_THROW)
        ->setName("Company February");
    const std::string kept = contents("Company February");
    build("", "en");
    EXPECT_EQ(kept, contents("Company February"));
    const auto names = sheetNames();
    EXPECT_NE(names.end(), std::find(names.begin(), names.end(), "Company"));
}

TEST_F(GeneratorSafety, CheckReadsAndReportsWithoutWriting) {
    writeWorkbook(withBadCells());
    const auto before = allContents();
    const auto undoBefore = undoTitles();
    const auto result = build("", "en", "check");
    EXPECT_EQ(0, result.sheets.getLength());
    EXPECT_EQ(before, allContents());
    EXPECT_EQ(undoBefore, undoTitles());
    EXPECT_EQ(2u, report(result)["departments"].size());
    EXPECT_FALSE(strings(result.problems).empty());
}

TEST_F(GeneratorSafety, PartialBuildReplacesOnlyItsOwnKinds) {
    writeWorkbook();
    const auto all = build("", "en");
    const std::string scorecard = GeneratorSheetTexts::text("sheet.scorecard", "en", "SAL");
    const std::string before = withoutTime(contents(scorecard));
    const auto names = sheetNames();
    const auto smart = build("", "en", "smart");
    EXPECT_EQ(std::vector<std::string>{"SMART"}, strings(smart.sheets));
    EXPECT_EQ(names, sheetNames());
    EXPECT_EQ(before, withoutTime(contents(scorecard)));
}

TEST_F(GeneratorSafety, OneDepartmentsScorecardIsReplacedAlone) {
    writeWorkbook();
    build("", "en");
    const std::string sal = GeneratorSheetTexts::text("sheet.scorecard", "en", "SAL");
    const std::string mkt = GeneratorSheetTexts::text("sheet.scorecard", "en", "MKT");
    const auto names = sheetNames();
    const std::string company = withoutTime(contents("Company"));
    const std::string marketing = withoutTime(contents(mkt));
    const auto result = build("2026-01", "en", "scorecards:SAL");
    EXPECT_EQ(std::vector<std::string>{sal}, strings(result.sheets));
    EXPECT_EQ(names, sheetNames());
    EXPECT_EQ(company, withoutTime(contents("Company")));
    EXPECT_EQ(marketing, withoutTime(contents(mkt)));
    // January in SAL's scorecard: K1 90
    const GeneratorSheetView card = view(sal);
    const int k1 = card.row("K1", card.column("ID"));
    EXPECT_EQ(90.0, card.number(k1, card.column(GeneratorSheetTexts::text("col.actual", "en"))));
}

TEST_F(GeneratorSafety, UnknownDepartmentIsRejected) {
    writeWorkbook();
    const auto before = allContents();
    EXPECT_NE(std::string::npos, rejected(3, "", "en", "scorecards:XYZ").find("XYZ"));
    EXPECT_EQ(before, allContents());
}

TEST_F(GeneratorSafety, RedoPutsTheGenerationBack) {
    writeWorkbook();
    build("", "en");
    const auto generated = withoutTime(allContents());
    const auto names = sheetNames();
    undo();
    css::uno::Reference<css::document::XUndoManagerSupplier>(document().model(),
                                                             css::uno::UNO_QUERY_THROW)
        ->getUndoManager()
        ->redo();
    EXPECT_EQ(names, sheetNames());
    EXPECT_EQ(generated, withoutTime(allContents()));
}

} // namespace concord::integration
