// A department code that Calc cannot hold in a sheet name (DESIGN §3, issue 14): the
// scorecard gets a valid name ('[', ']', '*', '?', ':', '/', '\' become '_', apostrophes at
// either end go) and the build says so in a note, in the build's language.
#include "core/sheets/Build.hpp"

#include "support/ReaderSupport.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::sheets;

using readertest::sheet;

namespace {

/// One department with the given code, and one KPI of it.
std::vector<concord::core::model::RawSheet> workbook(const std::string& code) {
    return {sheet("Departments", {{"Code", "Name"}, {code, "Logistics"}}),
            sheet("KPIs", {{"ID", "Name", "Department", "Target"}, {"K1", "Leads", code, 100.0}})};
}

BuildResult built(const std::string& code, Language language) {
    BuildOptions options;
    options.language = language;
    options.period = "2026-09";
    return build(workbook(code), options, CONCORD_DATA_DIR);
}

bool hasSheet(const BuildResult& result, const std::string& name) {
    for (const Layout& layout : result.sheets)
        if (layout.name == name)
            return true;
    return false;
}

} // namespace

TEST(SheetNameNote, ASlashInTheCodeGivesAValidNameAndANote) {
    // "Scorecard A/B" → '/' is no sheet-name character → "Scorecard A_B"
    const BuildResult result = built("A/B", Language::En);
    EXPECT_TRUE(hasSheet(result, "Scorecard A_B"));
    EXPECT_EQ((std::vector<std::string>{
                  "“Scorecard A/B” cannot be a sheet name (Calc allows no [ ] * ? : / \\ in one, "
                  "nor an apostrophe at either end); the sheet is “Scorecard A_B”."}),
              result.notes);
}

TEST(SheetNameNote, BracketsAndTheRussianNameGiveARussianNote) {
    // "Карта [x]" → "Карта _x_"
    const BuildResult result = built("[x]", Language::Ru);
    EXPECT_TRUE(hasSheet(result, "Карта _x_"));
    EXPECT_EQ(
        (std::vector<std::string>{
            "«Карта [x]» не может быть именем листа (Calc не допускает в имени [ ] * ? : / \\ "
            "и апостроф в начале или в конце); лист назван «Карта _x_»."}),
        result.notes);
}

TEST(SheetNameNote, AValidCodeOfFortyLettersCyrillicOrEmojiGivesNoNote) {
    for (const std::string& code :
         {std::string(40, 'D'), std::string("ПРОД"), std::string("МАРК🚀"), std::string("מכירות")}) {
        SCOPED_TRACE(code);
        const BuildResult result = built(code, Language::En);
        EXPECT_TRUE(hasSheet(result, "Scorecard " + code));
        EXPECT_EQ(std::vector<std::string>{}, result.notes);
    }
}
