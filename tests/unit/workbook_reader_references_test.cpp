// References between tables: unknown departments, goals, KPIs and requests; duplicate IDs;
// cycles of Parent links; rows left out because what they need was left out.

#include "support/ReaderSupport.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace readertest;

TEST(WorkbookReaderReferences, UnknownReferencesAreReportedAtTheirCell) {
    // departments S and M exist; X, Y, G9, K9 and R9 do not
    const std::vector<RawSheet> sheets = {
        sheet("Departments", {{"Code", "Name", "Parent"},
                              {"S", "Sales"},
                              {"M", "Marketing", "S"},
                              {"L", "Logistics", "X"}}), // C4
        sheet("Goals", {{"ID", "Goal", "Department", "KPI", "Parent"},
                        {"G1", "a"},
                        {"G2", "b", "X"},               // C3
                        {"G3", "c", "S", "K9"},         // D4
                        {"G4", "d", "S", "K1", "G9"}}), // E5
        sheet("KPIs", {{"ID", "Name", "Department", "Target", "Goal"},
                       {"K1", "Leads", "S", 1.0, "G1"},
                       {"K2", "Calls", "X", 1.0},          // C3
                       {"K3", "Visits", "S", 1.0, "G9"}}), // E4
        sheet("Actuals",
              {{"KPI", "Period", "Value"}, {"K1", "2026-09", 1.0}, {"K9", "2026-09", 1.0}}), // A3
        sheet("Requests", {{"ID", "From", "To", "What"},
                           {"R1", "S", "M", "x"},
                           {"R2", "X", "M", "x"},                                           // B3
                           {"R3", "S", "Y", "x"}}),                                         // C4
        sheet("Deliveries", {{"Request", "Period"}, {"R1", "2026-09"}, {"R9", "2026-09"}}), // A3
    };
    const Workbook workbook = read(sheets);
    const std::vector<std::string> expected = {
        "Departments!C4 input.unknown_department X",
        "Goals!C3 input.unknown_department X",
        "Goals!D4 input.unknown_kpi K9",
        "Goals!E5 input.unknown_goal G9",
        "KPIs!C3 input.unknown_department X",
        "KPIs!E4 input.unknown_goal G9",
        "Actuals!A3 input.unknown_kpi K9",
        "Requests!B3 input.unknown_department X",
        "Requests!C4 input.unknown_department Y",
        "Deliveries!A3 input.unknown_request R9",
    };
    EXPECT_EQ(expected, problems(workbook));
    EXPECT_EQ(2u, workbook.departments.size()); // S, M
    EXPECT_EQ(1u, workbook.goals.size());       // G1
    EXPECT_EQ(1u, workbook.kpis.size());        // K1
    EXPECT_EQ(1u, workbook.actuals.size());
    EXPECT_EQ(1u, workbook.requests.size()); // R1
    EXPECT_EQ(1u, workbook.deliveries.size());
}

TEST(WorkbookReaderReferences, DuplicateIdsKeepTheFirstRow) {
    const std::vector<RawSheet> sheets = {
        sheet("Departments", {{"Code", "Name"}, {"S", "Sales"}, {"S", "Sales again"}}), // A3
        sheet("KPIs", {{"ID", "Name", "Department", "Target"},
                       {"K1", "Leads", "S", 1.0},
                       {"K2", "Calls", "S", 1.0},
                       {" K1 ", "Leads 2", "S", 2.0}}), // A4: " K1 " is K1 after trimming
        sheet("Goals", {{"ID", "Goal"}, {"G1", "a"}, {"G1", "b"}}), // A3
        sheet("Requests", {{"ID", "From", "To", "What"},
                           {101.0, "S", "S", "x"},
                           {"101", "S", "S", "y"}}), // A3: the number 101 is "101"
    };
    const Workbook workbook = read(sheets);
    const std::vector<std::string> expected = {
        "Departments!A3 input.duplicate_id S 2",
        "KPIs!A4 input.duplicate_id K1 2",
        "Goals!A3 input.duplicate_id G1 2",
        "Requests!A3 input.duplicate_id 101 2",
    };
    EXPECT_EQ(expected, problems(workbook));
    ASSERT_EQ(1u, workbook.departments.size());
    EXPECT_EQ("Sales", workbook.departments[0].name);
    ASSERT_EQ(2u, workbook.kpis.size());
    EXPECT_EQ(1.0, workbook.kpis[0].target);
    ASSERT_EQ(1u, workbook.goals.size());
    EXPECT_EQ("a", workbook.goals[0].text);
    ASSERT_EQ(1u, workbook.requests.size());
    EXPECT_EQ("x", workbook.requests[0].what);
}

TEST(WorkbookReaderReferences, DepartmentParentCyclesLeaveOutEveryDepartmentOnThem) {
    // A → B → C → A is a cycle; D → A only leads into it (kept, its parent A left out);
    // E is its own parent
    const Workbook workbook = read({sheet("Departments", {{"Code", "Name", "Parent"},
                                                          {"A", "a", "B"},
                                                          {"B", "b", "C"},
                                                          {"C", "c", "A"},
                                                          {"D", "d", "A"},
                                                          {"E", "e", "E"},
                                                          {"F", "f"}}),
                                    kpis()}); // K1 is of department S, which does not exist here
    const std::vector<std::string> expected = {
        "Departments!C2 input.parent_cycle A A → B → C → A",
        "Departments!C3 input.parent_cycle B B → C → A → B",
        "Departments!C4 input.parent_cycle C C → A → B → C",
        "Departments!C6 input.parent_cycle E E → E",
        "KPIs!C2 input.unknown_department S",
    };
    EXPECT_EQ(expected, problems(workbook));
    const std::vector<std::string> lines = {"dept D|d||parent=A|w=1", "dept F|f||parent=|w=1"};
    EXPECT_EQ(lines, describe(workbook));
}

TEST(WorkbookReaderReferences, GoalParentCyclesLeaveOutEveryGoalOnThem) {
    // G1 ↔ G2 is a cycle; G3 → G2 leads into it; G4 → G3 is fine
    const Workbook workbook = read({departments(), kpis(),
                                    sheet("Goals", {{"ID", "Goal", "Parent"},
                                                    {"G1", "a", "G2"},
                                                    {"G2", "b", "G1"},
                                                    {"G3", "c", "G2"},
                                                    {"G4", "d", "G3"}})});
    const std::vector<std::string> expected = {
        "Goals!C2 input.parent_cycle G1 G1 → G2 → G1",
        "Goals!C3 input.parent_cycle G2 G2 → G1 → G2",
    };
    EXPECT_EQ(expected, problems(workbook));
    ASSERT_EQ(2u, workbook.goals.size());
    EXPECT_EQ("G3", workbook.goals[0].id);
    EXPECT_EQ("G4", workbook.goals[1].id);
}

TEST(WorkbookReaderReferences, RowsThatNeedALeftOutRowAreLeftOutWithoutAnotherProblem) {
    // Department M has a bad weight: its one problem is listed. K2 (of M), K2's actual,
    // R1 (M → S) and R1's delivery need M and are left out silently; G1 names K2 as its
    // KPI and G2 names the left-out goal G0 as parent: optional references stay as written.
    const Workbook workbook =
        read({sheet("Departments",
                    {{"Code", "Name", "Weight"}, {"S", "Sales"}, {"M", "Marketing", -2.0}}),
              sheet("KPIs", {{"ID", "Name", "Department", "Target"},
                             {"K1", "Leads", "S", 1.0},
                             {"K2", "Clicks", "M", 1.0}}),
              sheet("Actuals",
                    {{"KPI", "Period", "Value"}, {"K1", "2026-09", 1.0}, {"K2", "2026-09", 1.0}}),
              sheet("Requests",
                    {{"ID", "From", "To", "What"}, {"R1", "M", "S", "x"}, {"R2", "S", "S", "y"}}),
              sheet("Deliveries", {{"Request", "Period"}, {"R1", "2026-09"}, {"R2", "2026-09"}}),
              sheet("Goals", {{"ID", "Goal", "KPI", "Parent", "Weight"},
                              {"G0", "root", {}, {}, "much"},
                              {"G1", "a", "K2"},
                              {"G2", "b", {}, "G0"}})});
    const std::vector<std::string> expected = {
        "Departments!C3 input.negative_weight -2",
        "Goals!E2 input.not_a_number much",
    };
    EXPECT_EQ(expected, problems(workbook));
    const std::vector<std::string> lines = {
        "dept S|Sales||parent=|w=1",
        "goal G1|-|dept=||parent=|a|kpi=K2|-|w=1",
        "goal G2|-|dept=||parent=G0|b|kpi=|-|w=1",
        "kpi K1|Leads|S|||up|base=-|target=1|max=-|amber=-|green=-|w=1|month|goal=",
        "actual K1|2026-09|1|plan=-|",
        "request R2|S>S|y|||month|due=-||not agreed",
        "delivery R2|2026-09|-|",
    };
    EXPECT_EQ(lines, describe(workbook));
}

TEST(WorkbookReaderReferences, ARowKeepsEveryProblemItHas) {
    // one KPI row with a bad target and an unknown department: both are listed
    const Workbook workbook = read(
        {departments(),
         sheet("KPIs", {{"ID", "Name", "Department", "Target"}, {"K1", "Leads", "X", "lots"}})});
    const std::vector<std::string> expected = {
        "KPIs!C2 input.unknown_department X",
        "KPIs!D2 input.not_a_number lots",
    };
    EXPECT_EQ(expected, problems(workbook));
}
