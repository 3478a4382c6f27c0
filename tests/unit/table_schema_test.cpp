#include "core/common/Error.hpp"
#include "core/model/TableSchema.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

using concord::core::common::Cell;
using concord::core::common::Error;
using concord::core::common::Grid;
using concord::core::model::ColumnType;
using concord::core::model::HeaderMap;
using concord::core::model::TableSchema;
using concord::core::model::TableSpec;

namespace {

const TableSchema& shipped() {
    static const TableSchema schema =
        TableSchema::load(std::string(CONCORD_DATA_DIR) + "/tables.json");
    return schema;
}

Grid headerRow(const std::vector<Cell>& cells) {
    Grid grid(1, cells.size());
    for (std::size_t c = 0; c < cells.size(); ++c)
        grid.at(0, c) = cells[c];
    return grid;
}

/// The sheet column of each table column, by column id: "id=0 name=2 …" (absent left out).
std::string mapped(const TableSpec& table, const HeaderMap& map) {
    std::string out;
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        if (map.columns[i])
            out += (out.empty() ? "" : " ") + table.columns[i].id + "=" +
                   std::to_string(*map.columns[i]);
    return out;
}

void expectError(const std::function<void()>& call, const char* id, const std::string& what) {
    try {
        call();
        ADD_FAILURE() << "no Error thrown";
    } catch (const Error& e) {
        EXPECT_EQ(id, e.id());
        EXPECT_EQ(what, e.what());
    }
}

/// A valid one-table schema to break in the error tests.
nlohmann::json smallSchema() {
    return nlohmann::json::parse(R"({"tables": [{"id": "t", "required": true,
        "sheet": {"en": ["Things"], "ru": ["Вещи"]},
        "columns": [{"id": "a", "type": "key", "required": true, "en": ["A"], "ru": ["А"]},
                    {"id": "b", "type": "number", "required": false, "en": ["B"], "ru": ["Б"]}]}]})");
}

} // namespace

// --- the shipped tables.json holds DESIGN §2 -------------------------------------------

TEST(TableSchema, ShippedTablesHaveTheSheetNamesOfTheDesign) {
    struct Case {
        const char* id;
        const char* en;
        const char* ru;
        bool required;
    };
    const Case cases[] = {
        {"departments", "Departments", "Подразделения", true},
        {"goals", "Goals", "Цели", false},
        {"kpis", "KPIs", "Показатели", true},
        {"actuals", "Actuals", "Факт", false},
        {"requests", "Requests", "Запросы", false},
        {"deliveries", "Deliveries", "Поставки", false},
    };
    ASSERT_EQ(6u, shipped().tables().size());
    for (const Case& c : cases) {
        SCOPED_TRACE(c.id);
        const TableSpec& table = shipped().table(c.id);
        EXPECT_EQ(c.en, table.en);
        EXPECT_EQ(c.ru, table.ru);
        EXPECT_EQ(c.required, table.required);
    }
}

TEST(TableSchema, ShippedColumnsHaveTheHeadersTypesAndStarsOfTheDesign) {
    struct Case {
        const char* table;
        const char* column;
        const char* en;
        const char* ru;
        ColumnType type;
        bool required;
    };
    const Case cases[] = {
        {"departments", "code", "Code", "Код", ColumnType::Key, true},
        {"departments", "name", "Name", "Название", ColumnType::Text, true},
        {"departments", "head", "Head", "Руководитель", ColumnType::Text, false},
        {"departments", "parent", "Parent", "Родитель", ColumnType::Key, false},
        {"departments", "weight", "Weight", "Вес", ColumnType::Weight, false},
        {"goals", "id", "ID", "ID", ColumnType::Key, true},
        {"goals", "level", "Level", "Уровень", ColumnType::Level, false},
        {"goals", "department", "Department", "Подразделение", ColumnType::Key, false},
        {"goals", "owner", "Owner", "Ответственный", ColumnType::Text, false},
        {"goals", "parent", "Parent", "Родитель", ColumnType::Key, false},
        {"goals", "goal", "Goal", "Формулировка", ColumnType::Text, true},
        {"goals", "kpi", "KPI", "Показатель", ColumnType::Key, false},
        {"goals", "deadline", "Deadline", "Срок", ColumnType::Date, false},
        {"goals", "weight", "Weight", "Вес", ColumnType::Weight, false},
        {"kpis", "id", "ID", "ID", ColumnType::Key, true},
        {"kpis", "name", "Name", "Название", ColumnType::Text, true},
        {"kpis", "department", "Department", "Подразделение", ColumnType::Key, true},
        {"kpis", "owner", "Owner", "Ответственный", ColumnType::Text, false},
        {"kpis", "unit", "Unit", "Единица", ColumnType::Text, false},
        {"kpis", "direction", "Direction", "Направление", ColumnType::Direction, false},
        {"kpis", "baseline", "Baseline", "База", ColumnType::Number, false},
        {"kpis", "target", "Target", "Целевое значение", ColumnType::Number, true},
        {"kpis", "target_max", "Target max", "Целевое макс.", ColumnType::Number, false},
        {"kpis", "amber_from", "Amber from", "Жёлтый от", ColumnType::Number, false},
        {"kpis", "green_from", "Green from", "Зелёный от", ColumnType::Number, false},
        {"kpis", "weight", "Weight", "Вес", ColumnType::Weight, false},
        {"kpis", "frequency", "Frequency", "Периодичность", ColumnType::Frequency, false},
        {"kpis", "goal", "Goal", "Цель", ColumnType::Key, false},
        {"actuals", "kpi", "KPI", "Показатель", ColumnType::Key, true},
        {"actuals", "period", "Period", "Период", ColumnType::Period, true},
        {"actuals", "value", "Value", "Значение", ColumnType::Number, true},
        {"actuals", "target", "Target", "План", ColumnType::Number, false},
        {"actuals", "comment", "Comment", "Комментарий", ColumnType::Text, false},
        {"requests", "id", "ID", "ID", ColumnType::Key, true},
        {"requests", "from", "From", "Заказчик", ColumnType::Key, true},
        {"requests", "to", "To", "Исполнитель", ColumnType::Key, true},
        {"requests", "what", "What", "Что", ColumnType::Text, true},
        {"requests", "why", "Why", "Зачем", ColumnType::Text, false},
        {"requests", "format", "Format", "Формат", ColumnType::Text, false},
        {"requests", "frequency", "Frequency", "Периодичность", ColumnType::Frequency, false},
        {"requests", "due_day", "Due day", "Срок (день)", ColumnType::Day, false},
        {"requests", "responsible", "Responsible", "Ответственный", ColumnType::Text, false},
        {"requests", "agreed", "Agreed", "Согласовано", ColumnType::Agreed, false},
        {"deliveries", "request", "Request", "Запрос", ColumnType::Key, true},
        {"deliveries", "period", "Period", "Период", ColumnType::Period, true},
        {"deliveries", "delivered_on", "Delivered on", "Дата поставки", ColumnType::Date, false},
        {"deliveries", "note", "Note", "Комментарий", ColumnType::Text, false},
    };
    std::size_t columns = 0;
    for (const TableSpec& table : shipped().tables())
        columns += table.columns.size();
    EXPECT_EQ(sizeof cases / sizeof cases[0], columns); // 5 + 9 + 14 + 5 + 10 + 4 = 47
    for (const Case& c : cases) {
        SCOPED_TRACE(std::string(c.table) + "." + c.column);
        const TableSpec& table = shipped().table(c.table);
        const auto& column = table.columns[table.columnIndex(c.column)];
        EXPECT_EQ(c.en, column.en);
        EXPECT_EQ(c.ru, column.ru);
        EXPECT_EQ(c.type, column.type);
        EXPECT_EQ(c.required, column.required);
    }
}

// --- finding a table by its sheet name -------------------------------------------------

TEST(TableSchema, FindsTableBySheetNameInEitherLanguageAnyCase) {
    struct Case {
        const char* sheet;
        const char* table; // nullptr: no table
    };
    const Case cases[] = {
        {"Departments", "departments"},
        {"departments", "departments"},
        {"  DEPARTMENTS ", "departments"},
        {"Подразделения", "departments"},
        {"ПОДРАЗДЕЛЕНИЯ", "departments"},
        {"отделы", "departments"}, // synonym
        {"KPIs", "kpis"},
        {"kpi", "kpis"},
        {"Показатели", "kpis"},
        {"КПЭ", "kpis"},
        {"Goals", "goals"},
        {"ЦЕЛИ", "goals"},
        {"Actuals", "actuals"},
        {"Факт", "actuals"},
        {"Requests", "requests"},
        {"запросы", "requests"},
        {"Deliveries", "deliveries"},
        {"Поставки", "deliveries"},
        {"Scorecard S", nullptr},
        {"Sheet1", nullptr},
        {"", nullptr},
        {"Departments 2", nullptr},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.sheet);
        const TableSpec* table = shipped().findSheet(c.sheet);
        if (!c.table) {
            EXPECT_EQ(nullptr, table);
            continue;
        }
        ASSERT_NE(nullptr, table);
        EXPECT_EQ(c.table, table->id);
    }
}

// --- normalising names -------------------------------------------------------------------

TEST(TableSchema, NormaliseFoldsCaseSpacesMarksAndNotes) {
    struct Case {
        const char* text;
        const char* normal;
    };
    const Case cases[] = {
        {"Target", "target"},
        {"  TARGET  ", "target"},
        {"Target*", "target"}, // the template marks required columns
        {"Target *", "target"},
        {"Target max", "target max"},
        {"Target\nmax", "target max"},         // a wrapped header
        {"Target \xC2\xA0 max", "target max"}, // no-break space
        {"Parent (code)", "parent"},           // a note in brackets
        {"Target max (range only)", "target max"},
        {"Срок (день)", "срок"},
        {"Agreed?", "agreed"},
        {"Целевое макс.", "целевое макс"},
        {"ЖЁЛТЫЙ ОТ", "желтый от"}, // ё read as е, Cyrillic lower case
        {"Зелёный от:", "зеленый от"},
        {"(note)", "(note)"}, // brackets that are the whole name stay
        {"", ""},
    };
    for (const Case& c : cases)
        EXPECT_EQ(c.normal, TableSchema::normalise(c.text)) << "'" << c.text << "'";
}

// --- mapping headers to columns ----------------------------------------------------------

TEST(TableSchema, MapsHeadersInAnyOrderCaseAndLanguage) {
    const TableSpec& kpis = shipped().table("kpis");
    struct Case {
        const char* situation;
        std::vector<Cell> headers;
        const char* mapped;
    };
    const Case cases[] = {
        {"English in the design's order",
         {"ID", "Name", "Department", "Target"},
         "id=0 name=1 department=2 target=3"},
        {"shuffled and any case",
         {"TARGET", "department", "iD", "nAmE"},
         "id=2 name=3 department=1 target=0"},
        {"Russian",
         {"ID", "Название", "Подразделение", "Целевое значение", "Целевое макс.", "Жёлтый от"},
         "id=0 name=1 department=2 target=3 target_max=4 amber_from=5"},
        {"synonyms: Plan for Target, План, Responsible for Owner",
         {"Plan", "Responsible", "KPI ID"},
         "id=2 owner=1 target=0"},
        {"План in Russian", {"План", "Желтый от"}, "target=0 amber_from=1"},
        {"unknown columns are left out, empty and number headers too",
         {"Note", "ID", Cell{}, 2026.0, "Name"},
         "id=1 name=4"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        const HeaderMap map = TableSchema::mapHeaders(kpis, headerRow(c.headers));
        EXPECT_EQ(c.mapped, mapped(kpis, map));
        EXPECT_TRUE(map.repeated.empty());
    }
}

TEST(TableSchema, RepeatedHeaderKeepsTheLeftmostColumn) {
    // "Target" (C) and its synonym "Plan" (E) both name the target: C is read, E repeated
    const TableSpec& kpis = shipped().table("kpis");
    const HeaderMap map =
        TableSchema::mapHeaders(kpis, headerRow({"ID", "Name", "Target", "Department", "Plan"}));
    EXPECT_EQ("id=0 name=1 department=3 target=2", mapped(kpis, map));
    ASSERT_EQ(1u, map.repeated.size());
    EXPECT_EQ(4u, map.repeated[0].column);
    EXPECT_EQ(2u, map.repeated[0].first);
}

// --- the file itself -----------------------------------------------------------------------

TEST(TableSchema, ColumnIndexOfAnUnknownColumnThrows) {
    expectError([] { shipped().table("kpis").columnIndex("colour"); }, "tables.unknown_column",
                "[tables.unknown_column] no such column: kpis.colour");
    expectError([] { shipped().table("budgets"); }, "tables.unknown_table",
                "[tables.unknown_table] no such table: budgets");
}

TEST(TableSchema, InvalidFilesAreRejectedWithWhere) {
    struct Case {
        const char* situation;
        std::function<void(nlohmann::json&)> change;
        const char* id;
        const char* what;
    };
    const Case cases[] = {
        {"no tables", [](nlohmann::json& j) { j.erase("tables"); }, "tables.invalid",
         "[tables.invalid] missing member: tables.json.tables"},
        {"a column without ru headers",
         [](nlohmann::json& j) { j["tables"][0]["columns"][1].erase("ru"); }, "tables.invalid",
         "[tables.invalid] missing member: t.b.ru"},
        {"an empty header", [](nlohmann::json& j) { j["tables"][0]["columns"][1]["en"] = {" * "}; },
         "tables.invalid", "[tables.invalid] not a name: t.b.en"},
        {"an unknown type",
         [](nlohmann::json& j) { j["tables"][0]["columns"][1]["type"] = "money"; },
         "tables.unknown_type", "[tables.unknown_type] unknown column type: t.b: money"},
        {"required not a flag",
         [](nlohmann::json& j) { j["tables"][0]["columns"][0]["required"] = "yes"; },
         "tables.invalid", "[tables.invalid] not true or false: t.a.required"},
        {"one header for two columns (after normalising)",
         [](nlohmann::json& j) { j["tables"][0]["columns"][1]["ru"] = {"a*"}; },
         "tables.ambiguous_header", "[tables.ambiguous_header] header names two columns: t: a"},
        {"one sheet name for two tables",
         [](nlohmann::json& j) {
             nlohmann::json other = j["tables"][0];
             other["id"] = "u";
             other["sheet"]["en"] = {"THINGS"};
             j["tables"].push_back(other);
         },
         "tables.ambiguous_sheet", "[tables.ambiguous_sheet] sheet name names two tables: things"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        nlohmann::json data = smallSchema();
        c.change(data);
        expectError([&] { TableSchema schema(data); }, c.id, c.what);
    }
}

TEST(TableSchema, SameHeaderInEnAndRuOfOneColumnIsFine) {
    // "ID" is both the en and the ru header of goals.id in the shipped file; here likewise
    nlohmann::json data = smallSchema();
    data["tables"][0]["columns"][0]["ru"] = {"A"};
    const TableSchema schema(data);
    EXPECT_EQ("a", schema.table("t").columns[0].id);
}

TEST(TableSchema, MissingFileThrows) {
    expectError([] { TableSchema::load("/nonexistent/tables.json"); }, "tables.file_missing",
                "[tables.file_missing] cannot open the tables file: /nonexistent/tables.json");
}
