#include "core/common/Error.hpp"
#include "core/common/Language.hpp"
#include "core/model/Messages.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <regex>
#include <set>
#include <string>
#include <vector>

using concord::core::common::Error;
using concord::core::common::Language;
using concord::core::model::Messages;
using concord::core::model::Problem;

namespace {

const std::string messagesPath = std::string(CONCORD_DATA_DIR) + "/messages.json";

const Messages& shipped() {
    static const Messages messages = Messages::load(messagesPath);
    return messages;
}

/// Every message id the reader uses (Reader and its Reader* helpers).
const std::set<std::string> usedIds = {
    "input.at",
    "input.missing_table",
    "input.missing_column",
    "input.repeated_table",
    "input.repeated_column",
    "input.empty_required",
    "input.cell_error",
    "input.not_a_number",
    "input.not_a_date",
    "input.not_a_period",
    "input.not_a_day",
    "input.not_a_weekday",
    "input.once_without_date",
    "input.negative_weight",
    "input.unknown_direction",
    "input.unknown_frequency",
    "input.unknown_level",
    "input.unknown_agreed",
    "input.duplicate_id",
    "input.unknown_department",
    "input.unknown_goal",
    "input.unknown_kpi",
    "input.unknown_request",
    "input.parent_cycle",
    "input.range_without_max",
    "input.range_reversed",
    "input.amber_above_green",
    "input.up_target_below_baseline",
    "input.down_target_above_baseline",
    "input.target_equals_baseline",
    "input.target_zero",
    "input.duplicate_actual",
};

void expectError(const std::function<void()>& call, const char* id, const std::string& what) {
    try {
        call();
        ADD_FAILURE() << "no Error thrown";
    } catch (const Error& e) {
        EXPECT_EQ(id, e.id());
        EXPECT_EQ(what, e.what());
    }
}

} // namespace

// --- every id exists in both languages ------------------------------------------------------

TEST(Messages, EveryIdTheReaderUsesHasEnAndRuText) {
    const nlohmann::json data = nlohmann::json::parse(std::ifstream(messagesPath));
    for (const std::string& id : usedIds) {
        SCOPED_TRACE(id);
        ASSERT_TRUE(shipped().has(id));
        for (const char* language : {"en", "ru"}) {
            const nlohmann::json& text = data.at("messages").at(id).at(language);
            ASSERT_TRUE(text.is_string());
            EXPECT_FALSE(text.get<std::string>().empty());
        }
    }
}

TEST(Messages, FileHoldsExactlyTheIdsTheReaderUses) {
    // definition: no message without a use, and the table above lists every id in use
    const std::vector<std::string> ids = shipped().ids();
    EXPECT_EQ(std::vector<std::string>(usedIds.begin(), usedIds.end()), ids);
}

TEST(Messages, EveryInputIdInTheReaderSourcesIsInTheTable) {
    // definition: each "input.xxx" literal in addin/core/model/*.cpp is listed in usedIds
    const std::regex literal("\"(input\\.[a-z_]+)\"");
    std::set<std::string> found;
    const std::filesystem::path model =
        std::filesystem::path(CONCORD_SOURCE_DIR) / "addin/core/model";
    for (const auto& entry : std::filesystem::directory_iterator(model)) {
        if (entry.path().extension() != ".cpp")
            continue;
        std::ifstream stream(entry.path());
        const std::string source((std::istreambuf_iterator<char>(stream)),
                                 std::istreambuf_iterator<char>());
        for (auto it = std::sregex_iterator(source.begin(), source.end(), literal);
             it != std::sregex_iterator(); ++it)
            found.insert((*it)[1]);
    }
    EXPECT_GE(found.size(), 25u); // the reader's ids, found at all
    for (const std::string& id : found)
        EXPECT_EQ(1u, usedIds.count(id)) << id << " is used in code but not in the test table";
}

// --- rendering a problem ---------------------------------------------------------------------

TEST(Messages, RenderPutsSheetAndCellBeforeTheMessage) {
    struct Case {
        const char* sheet;
        int row;
        int col;
        const char* id;
        std::vector<std::string> args;
        Language language;
        const char* text;
    };
    const Case cases[] = {
        // row 6, column 3 (0-based) is D7
        {"KPIs",
         6,
         3,
         "input.not_a_number",
         {"abc"},
         Language::En,
         "Sheet 'KPIs', cell D7: expected a number, found \"abc\""},
        {"Показатели",
         6,
         3,
         "input.not_a_number",
         {"abc"},
         Language::Ru,
         "Лист «Показатели», ячейка D7: ожидалось число, найдено «abc»"},
        {"Goals",
         3,
         4,
         "input.parent_cycle",
         {"G1", "G1 → G2 → G1"},
         Language::En,
         "Sheet 'Goals', cell E4: the chain of parents of \"G1\" comes back to it: G1 → G2 → G1"},
        {"Цели",
         3,
         4,
         "input.parent_cycle",
         {"G1", "G1 → G2 → G1"},
         Language::Ru,
         "Лист «Цели», ячейка E4: цепочка родителей «G1» замыкается на себя: G1 → G2 → G1"},
        {"Requests",
         1,
         0,
         "input.duplicate_id",
         {"R1", "2"},
         Language::En,
         "Sheet 'Requests', cell A2: the ID \"R1\" is already used in row 2; this row is left out"},
        {"KPIs",
         2,
         8,
         "input.range_without_max",
         {},
         Language::Ru,
         "Лист «KPIs», ячейка I3: для показателя-диапазона нужно «Целевое макс.» — верхняя "
         "граница диапазона"},
    };
    for (const Case& c : cases) {
        const Problem problem{{c.sheet, c.row, c.col}, c.id, c.args};
        EXPECT_EQ(c.text, shipped().render(problem, c.language));
    }
}

TEST(Messages, MissingTableAndColumnTextsInBothLanguages) {
    EXPECT_EQ("The workbook has no sheet 'KPIs' (or 'Показатели'): this table is required.",
              shipped().text("input.missing_table", {"KPIs", "Показатели"}, Language::En));
    EXPECT_EQ("В книге нет листа «Показатели» (или «KPIs»): эта таблица обязательна.",
              shipped().text("input.missing_table", {"KPIs", "Показатели"}, Language::Ru));
    EXPECT_EQ("Sheet 'KPIs', row 1: the required column 'Target' ('Целевое значение') is "
              "missing.",
              shipped().text("input.missing_column", {"KPIs", "Target", "Целевое значение"},
                             Language::En));
    EXPECT_EQ("Лист «KPIs», строка 1: нет обязательного столбца «Целевое значение» («Target»).",
              shipped().text("input.missing_column", {"KPIs", "Target", "Целевое значение"},
                             Language::Ru));
}

// --- placeholders ------------------------------------------------------------------------------

TEST(Messages, PlaceholdersAreReplacedOnceAndMissingOnesStay) {
    const Messages messages(nlohmann::json::parse(
        R"({"messages": {"m": {"en": "{2} then {1}, {3}, {0}, {x}", "ru": "{1}"}}})"));
    struct Case {
        const char* situation;
        std::vector<std::string> args;
        const char* text;
    };
    const Case cases[] = {
        {"both given, {3} has no argument, {0} and {x} are no placeholders",
         {"a", "b"},
         "b then a, {3}, {0}, {x}"},
        {"an argument holding a placeholder is not expanded",
         {"{2}", "z"},
         "z then {2}, {3}, {0}, {x}"},
        {"no arguments", {}, "{2} then {1}, {3}, {0}, {x}"},
    };
    for (const Case& c : cases)
        EXPECT_EQ(c.text, messages.text("m", c.args, Language::En)) << c.situation;
}

// --- errors ------------------------------------------------------------------------------------

TEST(Messages, UnknownIdThrows) {
    expectError([] { shipped().text("input.no_such", {}, Language::En); }, "messages.unknown_id",
                "[messages.unknown_id] no such message: input.no_such");
    expectError(
        [] {
            shipped().render({{"KPIs", 0, 0}, "input.no_such", {}}, Language::Ru);
        },
        "messages.unknown_id", "[messages.unknown_id] no such message: input.no_such");
}

TEST(Messages, InvalidFilesAreRejected) {
    struct Case {
        const char* json;
        const char* id;
        const char* what;
    };
    const Case cases[] = {
        {R"({"texts": {}})", "messages.invalid",
         "[messages.invalid] the messages file has no \"messages\" object"},
        {R"([1, 2])", "messages.invalid",
         "[messages.invalid] the messages file has no \"messages\" object"},
        {R"({"messages": {"m": "text"}})", "messages.invalid",
         "[messages.invalid] a message is not an object: m"},
        {R"({"messages": {"m": {"en": "x"}}})", "messages.missing_language",
         "[messages.missing_language] message without a template: m.ru"},
        {R"({"messages": {"m": {"en": "", "ru": "x"}}})", "messages.missing_language",
         "[messages.missing_language] message without a template: m.en"},
    };
    for (const Case& c : cases)
        expectError([&] { Messages messages(nlohmann::json::parse(c.json)); }, c.id, c.what);
    expectError([] { Messages::load("/nonexistent/messages.json"); }, "messages.file_missing",
                "[messages.file_missing] cannot open the messages file: "
                "/nonexistent/messages.json");
}
