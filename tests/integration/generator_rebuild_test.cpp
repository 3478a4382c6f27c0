// A rebuild touches only what changed (issue 13): after one changed actual, exactly the
// sheets whose numbers depend on it are written again; every other generated sheet is
// left as it was, down to the generation time on its period line.
#include "GeneratorFixture.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <gtest/gtest.h>

#include <set>

namespace concord::integration {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

class GeneratorRebuild : public GeneratorFixture {
protected:
    std::size_t undoSteps() {
        return static_cast<std::size_t>(
            Reference<css::document::XUndoManagerSupplier>(document().model(), UNO_QUERY_THROW)
                ->getUndoManager()
                ->getAllUndoActionTitles()
                .getLength());
    }
};

std::set<std::string> changed(const std::map<std::string, std::string>& before,
                              const std::map<std::string, std::string>& after) {
    std::set<std::string> names;
    for (const auto& [name, content] : after) {
        const auto was = before.find(name);
        if (was == before.end() || was->second != content)
            names.insert(name);
    }
    return names;
}

} // namespace

TEST_F(GeneratorRebuild, OneChangedActualRewritesOnlyTheSheetsThatShowIt) {
    writeWorkbook();
    build("", "en");
    const auto first = allContents();
    // The period line shows the generation time to the minute: a rewritten sheet must differ
    // by its numbers, not by a new minute, so the rebuild waits for no clock.
    changeActual(150.0, 160.0); // MKT's K2 (Leads, target 200) in 2026-02, the built period
    build("", "en");
    // K2 is MKT's only KPI and Boris owns it: its attainment 0.75 → 0.80 changes the MKT
    // scorecard, the company's department table and score (SAL weight 2, MKT weight 1) and
    // Boris's line on People. SAL's scorecard (K1, K3) shows nothing of K2; the SMART sheet
    // checks goal texts; Requests and Escalations hold no actual.
    EXPECT_EQ((std::set<std::string>{"Actuals", "Company", "People", "Scorecard MKT"}),
              changed(first, allContents()));
}

TEST_F(GeneratorRebuild, ARebuildThatChangesNothingLeavesEverySheetAndIsStillOneUndoStep) {
    // every build is one undo step, also one that finds nothing to change: Edit ▸ Undo right
    // after it then undoes that build (nothing), not the user's last edit
    writeWorkbook();
    build("", "en");
    const auto first = allContents();
    const std::size_t steps = undoSteps();
    build("", "en");
    EXPECT_EQ(first, allContents());
    EXPECT_EQ(steps + 1, undoSteps());
    undo();
    EXPECT_EQ(first, allContents());
}

TEST_F(GeneratorRebuild, UndoOfAPartialRebuildPutsTheOldSheetsBack) {
    writeWorkbook();
    build("", "en");
    const auto first = allContents();
    changeActual(150.0, 160.0);
    const auto edited = allContents();
    build("", "en");
    undo();
    EXPECT_EQ(edited, allContents());
    EXPECT_NE(first, edited); // the edit itself stays: only the build was undone
}

} // namespace concord::integration
