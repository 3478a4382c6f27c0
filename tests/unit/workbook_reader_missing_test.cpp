// A missing required table or column stops the read with one clear message.

#include "support/ReaderSupport.hpp"

#include "core/common/Language.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace readertest;
using concord::core::common::Language;

TEST(WorkbookReaderMissing, MissingRequiredTableNamesTheSheetInBothLanguages) {
    struct Case {
        const char* situation;
        std::vector<RawSheet> sheets;
        Language language;
        const char* what;
    };
    const Case cases[] = {
        {"no KPIs sheet",
         {departments()},
         Language::En,
         "[input.missing_table] The workbook has no sheet 'KPIs' (or 'Показатели'): this table "
         "is required."},
        {"no KPIs sheet, Russian",
         {departments()},
         Language::Ru,
         "[input.missing_table] В книге нет листа «Показатели» (или «KPIs»): эта таблица "
         "обязательна."},
        {"no Departments sheet (checked first)",
         {sheet("Goals", {{"ID", "Goal"}, {"G1", "x"}})},
         Language::En,
         "[input.missing_table] The workbook has no sheet 'Departments' (or 'Подразделения'): "
         "this table is required."},
        {"an empty workbook",
         {},
         Language::Ru,
         "[input.missing_table] В книге нет листа «Подразделения» (или «Departments»): эта "
         "таблица обязательна."},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        expectError(
            [&] {
                reader().read(c.sheets, {1899, 12, 30}, c.language);
            },
            "input.missing_table", c.what);
    }
}

TEST(WorkbookReaderMissing, MissingRequiredColumnNamesSheetAndColumn) {
    struct Case {
        const char* situation;
        std::vector<RawSheet> sheets;
        Language language;
        const char* what;
    };
    const Case cases[] = {
        {"KPIs without Target",
         {departments(), sheet("KPIs", {{"ID", "Name", "Department", "Target max"}})},
         Language::En,
         "[input.missing_column] Sheet 'KPIs', row 1: the required column 'Target' ('Целевое "
         "значение') is missing."},
        {"Russian KPIs sheet without Целевое значение, message in Russian",
         {departments(), sheet("Показатели", {{"ID", "Название", "Подразделение"}})},
         Language::Ru,
         "[input.missing_column] Лист «Показатели», строка 1: нет обязательного столбца "
         "«Целевое значение» («Target»)."},
        {"the first missing column in the design's order: Code before Name",
         {sheet("Departments", {{"Head"}, {"Anna"}}), kpis()},
         Language::En,
         "[input.missing_column] Sheet 'Departments', row 1: the required column 'Code' ('Код') "
         "is missing."},
        {"an empty required sheet",
         {sheet("Departments", {}), kpis()},
         Language::En,
         "[input.missing_column] Sheet 'Departments', row 1: the required column 'Code' ('Код') "
         "is missing."},
        {"an optional table that is there needs its required columns: Actuals without Value",
         {departments(), kpis(), sheet("Actuals", {{"KPI", "Period", "Plan"}, {"K1", "2026"}})},
         Language::En,
         "[input.missing_column] Sheet 'Actuals', row 1: the required column 'Value' "
         "('Значение') is missing."},
        {"headers not in row 1",
         {departments(), sheet("KPIs", {{"KPI list"}, {"ID", "Name", "Department", "Target"}})},
         Language::En,
         "[input.missing_column] Sheet 'KPIs', row 1: the required column 'ID' ('ID') is "
         "missing."},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        expectError(
            [&] {
                reader().read(c.sheets, {1899, 12, 30}, c.language);
            },
            "input.missing_column", c.what);
    }
}

TEST(WorkbookReaderMissing, ReadWorkbookLoadsTheDataFilesItself) {
    const Workbook workbook = concord::core::model::readWorkbook({departments(), kpis()},
                                                                 {1899, 12, 30}, CONCORD_DATA_DIR);
    EXPECT_EQ(2u, workbook.departments.size());
    expectError(
        [] {
            concord::core::model::readWorkbook({}, {1899, 12, 30}, "/nonexistent");
        },
        "tables.file_missing",
        "[tables.file_missing] cannot open the tables file: /nonexistent/tables.json");
}
