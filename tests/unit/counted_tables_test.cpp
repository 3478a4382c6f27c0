// After an edit the Concord panel reads only the sheets its counts come from
// (CountedTables): Departments, KPIs, Goals and Requests, by any of their names.
#include "core/model/CountedTables.hpp"

#include <gtest/gtest.h>

using concord::core::model::CountedTables;
using concord::core::model::TableSchema;

namespace {

const TableSchema& schema() {
    static const TableSchema shipped = TableSchema::load(CONCORD_DATA_DIR "/tables.json");
    return shipped;
}

} // namespace

// --- which sheets are read ---

TEST(CountedTables, TheFourCountedTablesAreReadAndEverythingElseSkipped) {
    // the sample's six tables, a user's own sheet and a generated-looking one
    const std::set<std::string> skipped =
        CountedTables::skipped(schema(), {"Departments", "KPIs", "Goals", "Actuals", "Requests",
                                          "Deliveries", "Notes", "Company"});
    EXPECT_EQ((std::set<std::string>{"Actuals", "Deliveries", "Notes", "Company"}), skipped);
}

TEST(CountedTables, RussianAndOddlyCasedNamesAreFound) {
    // Подразделения = Departments, ПОКАЗАТЕЛИ = KPIs (any case), Факт = Actuals
    const std::set<std::string> skipped =
        CountedTables::skipped(schema(), {"Подразделения", "ПОКАЗАТЕЛИ", "Факт"});
    EXPECT_EQ((std::set<std::string>{"Факт"}), skipped);
}

TEST(CountedTables, ASecondSheetOfATableIsSkippedAsTheReaderReadsTheFirst) {
    // KPIs and Показатели both name the KPIs table: the one further left is read
    const std::set<std::string> skipped =
        CountedTables::skipped(schema(), {"Departments", "KPIs", "Показатели"});
    EXPECT_EQ((std::set<std::string>{"Показатели"}), skipped);
}

TEST(CountedTables, TheIdsAreTablesOfTheSchema) {
    // definition: each counted id is a table of tables.json (table() throws otherwise)
    for (const std::string& id : CountedTables::ids())
        EXPECT_EQ(id, schema().table(id).id);
    EXPECT_EQ(4U, CountedTables::ids().size());
}
