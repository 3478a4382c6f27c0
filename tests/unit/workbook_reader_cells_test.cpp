// Reading single cells: keys and texts, numbers, dates, enumerations, defaults, and every
// problem of a cell that does not fit its column, with its exact address.

#include "support/ReaderSupport.hpp"

#include "core/model/Workbook.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace readertest;
using concord::core::common::CellError;
using concord::core::kpi::Direction;
using concord::core::model::Frequency;
using concord::core::model::Level;

// --- keys and texts ------------------------------------------------------------------------

TEST(WorkbookReaderCells, NumbersInKeyCellsReadAsTheirTextAndKeysCompareExactly) {
    // department code 101 (a number) and " 101 " (text with spaces) are the same code;
    // KPI ID 7 (a number) is "7" and so is the Actuals reference "7"; 1.5 reads "1.5"
    const Workbook workbook =
        read({sheet("Departments", {{"Code", "Name"}, {101.0, "Sales"}, {1.5, "Half"}}),
              sheet("KPIs", {{"ID", "Name", "Department", "Target"},
                             {7.0, "Leads", " 101 ", 100.0},
                             {"K2", "Calls", "1.5", 10.0}}),
              sheet("Actuals", {{"KPI", "Period", "Value"}, {"7", "2026-09", 90.0}})});
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    const std::vector<std::string> lines = {
        "dept 101|Sales||parent=|w=1",
        "dept 1.5|Half||parent=|w=1",
        "kpi 7|Leads|101|||up|base=-|target=100|max=-|amber=-|green=-|w=1|month|goal=",
        "kpi K2|Calls|1.5|||up|base=-|target=10|max=-|amber=-|green=-|w=1|month|goal=",
        "actual 7|2026-09|90|plan=-|",
    };
    EXPECT_EQ(lines, describe(workbook));
}

TEST(WorkbookReaderCells, KeysAreCaseSensitive) {
    // "s" is not the code "S": compared exactly after trimming (DESIGN §2)
    const Workbook workbook =
        read({departments(),
              sheet("KPIs", {{"ID", "Name", "Department", "Target"}, {"K1", "Leads", "s", 1.0}})});
    EXPECT_EQ(std::vector<std::string>{"KPIs!C2 input.unknown_department s"}, problems(workbook));
    EXPECT_TRUE(workbook.kpis.empty());
}

TEST(WorkbookReaderCells, TextsAreTrimmedOfSpacesAndNoBreakSpaces) {
    const Workbook workbook =
        read({sheet("Departments",
                    {{"Code", "Name", "Head"}, {"  S\t", "\xC2\xA0Sales  ", " Anna Smith "}}),
              kpis()});
    ASSERT_EQ(1u, workbook.departments.size());
    EXPECT_EQ("S", workbook.departments[0].code);
    EXPECT_EQ("Sales", workbook.departments[0].name);
    EXPECT_EQ("Anna Smith", workbook.departments[0].head); // inner spaces stay
}

// --- numbers, dates and enumerations -----------------------------------------------------------

TEST(WorkbookReaderCells, NumbersWrittenAsText) {
    struct Case {
        Cell cell;
        double target;
    };
    const Case cases[] = {
        {"12.5", 12.5}, {"12,5", 12.5}, // a decimal comma, as typed in a Russian locale
        {" 40 ", 40},   {"+3", 3},      {"-2.5", -2.5}, {"95%", 0.95}, {"1e3", 1000}, {12.0, 12},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(textOf(c.cell));
        const Workbook workbook =
            read({departments(), sheet("KPIs", {{"ID", "Name", "Department", "Target"},
                                                {"K1", "Leads", "S", c.cell}})});
        ASSERT_EQ(1u, workbook.kpis.size());
        EXPECT_DOUBLE_EQ(c.target, workbook.kpis[0].target);
    }
}

TEST(WorkbookReaderCells, DatesFromSerialsOfTheDocumentsNullDateOrText) {
    // 2026-09-15 is day 20711; Calc serial 46280 from 1899-12-30 (20711 + 25569), and
    // 44818 from 1904-01-01 (20711 + 24107, the days 1904-01-01 … 1969-12-31)
    struct Case {
        Cell deadline;
        concord::core::common::CivilDate nullDate;
    };
    const Case cases[] = {
        {46280.0, {1899, 12, 30}},
        {46280.75, {1899, 12, 30}}, // 18:00 the same day: the time is dropped
        {44818.0, {1904, 1, 1}},
        {"2026-09-15", {1899, 12, 30}},
        {"2026-9-15", {1899, 12, 30}},
        {"15.09.2026", {1899, 12, 30}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(textOf(c.deadline));
        const Workbook workbook =
            reader().read({departments(), kpis(),
                           sheet("Goals", {{"ID", "Goal", "Deadline"}, {"G1", "x", c.deadline}})},
                          c.nullDate);
        ASSERT_EQ(1u, workbook.goals.size());
        EXPECT_EQ(20711, workbook.goals[0].deadline.value_or(0));
    }
}

TEST(WorkbookReaderCells, EnumerationsInEitherLanguageAnyCaseAndAsNumbers) {
    struct Case {
        Cell direction;
        Cell frequency;
        Direction kpiDirection;
        Frequency kpiFrequency;
    };
    const Case cases[] = {
        {"UP", "Monthly", Direction::Up, Frequency::Month},
        {" Рост ", "ЕЖЕМЕСЯЧНО", Direction::Up, Frequency::Month},
        {"снижение", "Квартал", Direction::Down, Frequency::Quarter},
        {"Lower", "weekly", Direction::Down, Frequency::Week},
        {1.0, "year", Direction::Up, Frequency::Year}, // 1 / −1 as in KPI.ATTAINMENT
        {-1.0, "Однократно", Direction::Down, Frequency::Once},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(textOf(c.direction) + " " + textOf(c.frequency));
        const Workbook workbook =
            read({departments(),
                  sheet("KPIs", {{"ID", "Name", "Department", "Target", "Direction", "Frequency"},
                                 {"K1", "Leads", "S", 5.0, c.direction, c.frequency}})});
        EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
        ASSERT_EQ(1u, workbook.kpis.size());
        EXPECT_EQ(c.kpiDirection, workbook.kpis[0].direction);
        EXPECT_EQ(c.kpiFrequency, workbook.kpis[0].frequency);
    }
}

TEST(WorkbookReaderCells, AgreedAndLevelWords) {
    // Agreed: yes/да/TRUE (Calc's 1) are agreed; no/нет/FALSE (0) and empty are not
    const Workbook workbook = read({departments(), kpis(),
                                    sheet("Requests", {{"ID", "From", "To", "What", "Agreed"},
                                                       {"R1", "S", "M", "x", "Yes"},
                                                       {"R2", "S", "M", "x", "ДА"},
                                                       {"R3", "S", "M", "x", 1.0},
                                                       {"R4", "S", "M", "x", "no"},
                                                       {"R5", "S", "M", "x", "Нет"},
                                                       {"R6", "S", "M", "x", 0.0},
                                                       {"R7", "S", "M", "x"}}),
                                    sheet("Goals", {{"ID", "Goal", "Level"},
                                                    {"G1", "x", "Company"},
                                                    {"G2", "x", "Отдел"},
                                                    {"G3", "x", "сотрудник"},
                                                    {"G4", "x"}})});
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    const bool agreed[] = {true, true, true, false, false, false, false};
    ASSERT_EQ(7u, workbook.requests.size());
    for (std::size_t i = 0; i < 7; ++i)
        EXPECT_EQ(agreed[i], workbook.requests[i].agreed) << workbook.requests[i].id;
    ASSERT_EQ(4u, workbook.goals.size());
    EXPECT_EQ(Level::Company, workbook.goals[0].level);
    EXPECT_EQ(Level::Department, workbook.goals[1].level);
    EXPECT_EQ(Level::Person, workbook.goals[2].level);
    EXPECT_FALSE(workbook.goals[3].level.has_value());
}

TEST(WorkbookReaderCells, EmptyOptionalCellsTakeTheirDefaults) {
    // Weight 1, Direction up, Frequency month, Agreed no; the rest unset or empty
    const Workbook workbook =
        read({sheet("Departments", {{"Code", "Name", "Weight"}, {"S", "Sales"}}),
              sheet("KPIs", {{"ID", "Name", "Department", "Target", "Direction", "Weight",
                              "Frequency", "Baseline", "Amber from", "Green from", "Target max"},
                             {"K1", "Leads", "S", 100.0}}),
              sheet("Goals", {{"ID", "Goal", "Weight", "Deadline", "Level"}, {"G1", "x"}}),
              sheet("Requests", {{"ID", "From", "To", "What", "Frequency", "Due day", "Agreed"},
                                 {"R1", "S", "S", "x"}})});
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    const std::vector<std::string> lines = {
        "dept S|Sales||parent=|w=1",
        "goal G1|-|dept=||parent=|x|kpi=|-|w=1",
        "kpi K1|Leads|S|||up|base=-|target=100|max=-|amber=-|green=-|w=1|month|goal=",
        "request R1|S>S|x|||month|due=-||not agreed",
    };
    EXPECT_EQ(lines, describe(workbook));
}

// --- problems of single cells
// ---------------------------------------------------------------------

TEST(WorkbookReaderCells, EveryCellProblemWithItsAddress) {
    const std::vector<RawSheet> sheets = {
        sheet("Departments", {{"Code", "Name", "Head", "Parent", "Weight"},
                              {"S", "Sales"},
                              {"M", "Marketing"},
                              {"X", {}, "Xena"},                // B4: Name empty
                              {"Y", "Yield", {}, {}, -1.0},     // E5: negative weight
                              {"Z", "Zeta", {}, {}, "heavy"}}), // E6: not a number
        sheet("KPIs", {{"ID", "Name", "Department", "Direction", "Target", "Frequency"},
                       {"K1", "Leads", "S", "up", 10.0, "month"},
                       {"K2", "Calls", "S", "sideways", 10.0},         // D3
                       {"K3", "Visits", "S", {}, "abc"},               // E4
                       {"K4", "Mails", "S", {}, 10.0, "daily"},        // F5
                       {"K5", "Deals", "S", {}, CellError{"#DIV/0!"}}, // E6
                       {{}, "Nameless", "S", {}, 10.0}}),              // A7: ID empty
        sheet("Goals", {{"ID", "Level", "Goal", "Deadline"},
                        {"G1", "team", "x"},                    // B2
                        {"G2", "company", "y", "someday"},      // D3
                        {"G3", "company", "z", "2026-02-30"}}), // D4: no such day
        sheet("Actuals", {{"KPI", "Period", "Value"},
                          {"K1", "last month", 5.0}, // B2
                          {"K1", "2026-13", 5.0},    // B3: month 13
                          {"K1", "2026-09"}}),       // C4: Value empty
        sheet("Requests", {{"ID", "From", "To", "What", "Frequency", "Due day", "Agreed"},
                           {"R1", "S", "M", "x", "month", "32"}, // F2: a text
                           // (a number cell above 31 is a date serial, see DueDayAsDate)
                           {"R2", "S", "M", "x", "month", 2.5},          // F3
                           {"R3", "S", "M", "x", "week", 8.0},           // F4: weekday 1–7
                           {"R4", "S", "M", "x", "month", 5.0, "maybe"}, // G5
                           {"R5", "S", "M", "x", "week", 7.0, "yes"}}),
        sheet("Deliveries",
              {{"Request", "Period", "Delivered on"}, {"R5", "2026-W38", "yesterday"}}), // C2
    };
    const Workbook workbook = read(sheets);
    const std::vector<std::string> expected = {
        "Departments!B4 input.empty_required Name", "Departments!E5 input.negative_weight -1",
        "Departments!E6 input.not_a_number heavy",  "KPIs!D3 input.unknown_direction sideways",
        "KPIs!E4 input.not_a_number abc",           "KPIs!F5 input.unknown_frequency daily",
        "KPIs!E6 input.cell_error #DIV/0!",         "KPIs!A7 input.empty_required ID",
        "Goals!B2 input.unknown_level team",        "Goals!D3 input.not_a_date someday",
        "Goals!D4 input.not_a_date 2026-02-30",     "Actuals!B2 input.not_a_period last month",
        "Actuals!B3 input.not_a_period 2026-13",    "Actuals!C4 input.empty_required Value",
        "Requests!F2 input.not_a_day 32",           "Requests!F3 input.not_a_day 2.5",
        "Requests!F4 input.not_a_weekday 8",        "Requests!G5 input.unknown_agreed maybe",
        "Deliveries!C2 input.not_a_date yesterday",
    };
    EXPECT_EQ(expected, problems(workbook));
    // only the rows without problems are read
    EXPECT_EQ(2u, workbook.departments.size());
    ASSERT_EQ(1u, workbook.kpis.size());
    EXPECT_EQ("K1", workbook.kpis[0].id);
    EXPECT_TRUE(workbook.goals.empty());
    EXPECT_TRUE(workbook.actuals.empty());
    ASSERT_EQ(1u, workbook.requests.size());
    EXPECT_EQ("R5", workbook.requests[0].id);
    EXPECT_TRUE(workbook.deliveries.empty());
}

TEST(WorkbookReaderCells, ProblemsRenderWithSheetAndCellInBothLanguages) {
    const Workbook workbook = read(
        {departments(),
         sheet("KPIs", {{"ID", "Name", "Department", "Target"}, {"K1", "Leads", "S", "abc"}})});
    ASSERT_EQ(1u, workbook.problems.size());
    EXPECT_EQ(
        "Sheet 'KPIs', cell D2: expected a number, found \"abc\"",
        reader().messages().render(workbook.problems[0], concord::core::common::Language::En));
    EXPECT_EQ(
        "Лист «KPIs», ячейка D2: ожидалось число, найдено «abc»",
        reader().messages().render(workbook.problems[0], concord::core::common::Language::Ru));
}
