// Finding the six tables and their columns: en and ru, any order and case, synonyms,
// unknown columns, repeated columns and sheets, absent optional tables.

#include "support/ReaderSupport.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace readertest;

namespace {

// Dates are Calc serials from 1899-12-30: serial 25569 is 1970-01-01 (day 0), so
// 2026-09-15 = day 20711 (2026-01-01 is day 20454, + 243 days Jan–Aug + 14) = serial 46280.
const double sep15 = 46280; // 2026-09-15, a Tuesday (ISO week 38)
const double sep18 = 46283; // 2026-09-18, the Friday of that week
const double dec31 = 46387; // 2026-12-31 = 46280 + 15 (rest of Sep) + 31 + 30 + 31

/// The whole workbook of the English template.
std::vector<RawSheet> english() {
    return {
        departments(),
        sheet("Goals", {{"ID", "Level", "Department", "Owner", "Parent", "Goal", "KPI", "Deadline",
                         "Weight"},
                        {"G1", "company", {}, "CEO", {}, "Double revenue by 2027", {}, dec31, {}},
                        {"G2", "department", "S", "Anna", "G1", "Grow leads 20%", "K1", {}, 3.0}}),
        sheet("KPIs",
              {{"ID", "Name", "Department", "Owner", "Unit", "Direction", "Baseline", "Target",
                "Target max", "Amber from", "Green from", "Weight", "Frequency", "Goal"},
               {"K1",
                "Leads",
                "S",
                "Anna",
                "pcs",
                "up",
                80.0,
                100.0,
                {},
                0.8,
                0.9,
                2.0,
                "month",
                "G2"},
               {"K2",
                "Lead time",
                "M",
                "Boris",
                "days",
                "down",
                10.0,
                5.0,
                {},
                {},
                {},
                {},
                "quarter",
                {}},
               {"K3", "Stock days", "M", {}, "days", "range", {}, 20.0, 30.0}}),
        sheet("Actuals", {{"KPI", "Period", "Value", "Target", "Comment"},
                          {"K1", sep15, 95.0, 98.0, "late start"},
                          {"K2", "2026-Q3", 7.0},
                          {"K3", "2026-09", 25.0}}),
        sheet("Requests",
              {{"ID", "From", "To", "What", "Why", "Format", "Frequency", "Due day", "Responsible",
                "Agreed"},
               {"R1", "S", "M", "Leads list", "to call them", "xlsx", "week", 5.0, "Boris", "yes"},
               {"R2", "M", "S", "Sales report"}}),
        sheet("Deliveries", {{"Request", "Period", "Delivered on", "Note"},
                             {"R1", "2026-W38", sep18},
                             {"R2", "2026-09", {}, "not yet"}}),
    };
}

/// What english() holds, worked out by hand: defaults Weight 1, Frequency month, Agreed
/// no; K1's 2026-09-15 is in 2026-09, K2's 2026-Q3 stays a quarter (quarterly KPI), R2's
/// empty Delivered on is kept without a date.
const std::vector<std::string> expected = {
    "dept S|Sales|Anna|parent=|w=2",
    "dept M|Marketing|Boris|parent=S|w=1",
    "goal G1|company|dept=|CEO|parent=|Double revenue by 2027|kpi=|2026-12-31|w=1",
    "goal G2|department|dept=S|Anna|parent=G1|Grow leads 20%|kpi=K1|-|w=3",
    "kpi K1|Leads|S|Anna|pcs|up|base=80|target=100|max=-|amber=0.8|green=0.9|w=2|month|goal=G2",
    "kpi K2|Lead time|M|Boris|days|down|base=10|target=5|max=-|amber=-|green=-|w=1|quarter|goal=",
    "kpi K3|Stock days|M||days|range|base=-|target=20|max=30|amber=-|green=-|w=1|month|goal=",
    "actual K1|2026-09|95|plan=98|late start",
    "actual K2|2026-Q3|7|plan=-|",
    "actual K3|2026-09|25|plan=-|",
    "request R1|S>M|Leads list|to call them|xlsx|week|due=5|Boris|agreed",
    "request R2|M>S|Sales report|||month|due=-||not agreed",
    "delivery R1|2026-W38|2026-09-18|",
    "delivery R2|2026-09|-|not yet",
};

} // namespace

TEST(WorkbookReaderTables, EnglishTemplateReadsEveryTable) {
    const Workbook workbook = read(english());
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    EXPECT_EQ(expected, describe(workbook));
}

TEST(WorkbookReaderTables, RussianTemplateReadsTheSame) {
    const std::vector<RawSheet> russian = {
        sheet("Подразделения", {{"Код", "Название", "Руководитель", "Родитель", "Вес"},
                                {"S", "Sales", "Anna", {}, 2.0},
                                {"M", "Marketing", "Boris", "S"}}),
        sheet("Цели",
              {{"ID", "Уровень", "Подразделение", "Ответственный", "Родитель", "Формулировка",
                "Показатель", "Срок", "Вес"},
               {"G1", "компания", {}, "CEO", {}, "Double revenue by 2027", {}, dec31},
               {"G2", "подразделение", "S", "Anna", "G1", "Grow leads 20%", "K1", {}, 3.0}}),
        sheet("Показатели", {{"ID", "Название", "Подразделение", "Ответственный", "Единица",
                              "Направление", "База", "Целевое значение", "Целевое макс.",
                              "Жёлтый от", "Зелёный от", "Вес", "Периодичность", "Цель"},
                             {"K1",
                              "Leads",
                              "S",
                              "Anna",
                              "pcs",
                              "рост",
                              80.0,
                              100.0,
                              {},
                              0.8,
                              0.9,
                              2.0,
                              "месяц",
                              "G2"},
                             {"K2",
                              "Lead time",
                              "M",
                              "Boris",
                              "days",
                              "снижение",
                              10.0,
                              5.0,
                              {},
                              {},
                              {},
                              {},
                              "квартал"},
                             {"K3", "Stock days", "M", {}, "days", "диапазон", {}, 20.0, 30.0}}),
        sheet("Факт", {{"Показатель", "Период", "Значение", "План", "Комментарий"},
                       {"K1", sep15, 95.0, 98.0, "late start"},
                       {"K2", "3 кв. 2026", 7.0},
                       {"K3", "2026-09", 25.0}}),
        sheet("Запросы",
              {{"ID", "Заказчик", "Исполнитель", "Что", "Зачем", "Формат", "Периодичность",
                "Срок (день)", "Ответственный", "Согласовано"},
               {"R1", "S", "M", "Leads list", "to call them", "xlsx", "неделя", 5.0, "Boris", "да"},
               {"R2", "M", "S", "Sales report"}}),
        sheet("Поставки", {{"Запрос", "Период", "Дата поставки", "Комментарий"},
                           {"R1", "2026-W38", sep18},
                           {"R2", "2026-09", {}, "not yet"}}),
    };
    const Workbook workbook = read(russian);
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    EXPECT_EQ(expected, describe(workbook));
}

TEST(WorkbookReaderTables, ShuffledColumnsAnyCaseAndExtraColumnsReadTheSame) {
    // The KPIs sheet with its columns reversed, headers in odd case and with the
    // template's '*' marks, plus two columns Concord does not know.
    std::vector<RawSheet> sheets = english();
    sheets[2] = sheet("kpis", {{"GOAL", "frequency", "WEIGHT", "Green From", "amber FROM",
                                "Target Max", "Comments", "Target*", "baseline", "direction",
                                "unit", "owner", "Department*", "NAME*", "Row no.", "id*"},
                               {"G2",
                                "month",
                                2.0,
                                0.9,
                                0.8,
                                {},
                                "check",
                                100.0,
                                80.0,
                                "up",
                                "pcs",
                                "Anna",
                                "S",
                                "Leads",
                                1.0,
                                "K1"},
                               {{},
                                "quarter",
                                {},
                                {},
                                {},
                                {},
                                {},
                                5.0,
                                10.0,
                                "down",
                                "days",
                                "Boris",
                                "M",
                                "Lead time",
                                2.0,
                                "K2"},
                               {{},
                                {},
                                {},
                                {},
                                {},
                                30.0,
                                "odd",
                                20.0,
                                {},
                                "range",
                                "days",
                                {},
                                "M",
                                "Stock days",
                                3.0,
                                "K3"}});
    const Workbook workbook = read(sheets);
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    EXPECT_EQ(expected, describe(workbook));
}

TEST(WorkbookReaderTables, SynonymHeadersAndSheetNames) {
    // Plan for Target, Responsible for Owner, Periodicity for Frequency, Owner for
    // Responsible in Requests; sheet names "Units", "Indicators", "Results".
    const std::vector<RawSheet> sheets = {
        sheet("Units", {{"Dept code", "Department name"}, {"S", "Sales"}}),
        sheet("Indicators", {{"KPI ID", "KPI name", "Dept", "Plan", "Responsible", "Periodicity"},
                             {"K1", "Leads", "S", 100.0, "Anna", "quarterly"}}),
        sheet("Results", {{"Indicator", "Date", "Actual", "План"}, {"K1", sep15, 95.0, 98.0}}),
        sheet("Request register", {{"Request ID", "Requester", "Provider", "Deliverable", "Owner"},
                                   {"R1", "S", "S", "Forecast", "Anna"}}),
    };
    const Workbook workbook = read(sheets);
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    // 2026-09-15 in a quarterly KPI is 2026-Q3
    const std::vector<std::string> lines = {
        "dept S|Sales||parent=|w=1",
        "kpi K1|Leads|S|Anna||up|base=-|target=100|max=-|amber=-|green=-|w=1|quarter|goal=",
        "actual K1|2026-Q3|95|plan=98|",
        "request R1|S>S|Forecast|||month|due=-|Anna|not agreed",
    };
    EXPECT_EQ(lines, describe(workbook));
}

TEST(WorkbookReaderTables, OnlyDepartmentsAndKpisAreRequired) {
    const Workbook workbook = read({departments(), kpis()});
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    EXPECT_EQ(2u, workbook.departments.size());
    EXPECT_EQ(1u, workbook.kpis.size());
    EXPECT_TRUE(workbook.goals.empty());
    EXPECT_TRUE(workbook.actuals.empty());
    EXPECT_TRUE(workbook.requests.empty());
    EXPECT_TRUE(workbook.deliveries.empty());
}

TEST(WorkbookReaderTables, AnEntirelyEmptyOptionalSheetIsNoTable) {
    // a Goals sheet with nothing in it (or only spaces) is as if it were absent
    const Workbook workbook = read(
        {departments(), kpis(), sheet("Goals", {}), sheet("Actuals", {{" ", {}}, {{}, "  "}})});
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    EXPECT_TRUE(workbook.goals.empty());
}

TEST(WorkbookReaderTables, OtherSheetsAreNotRead) {
    const Workbook workbook = read({sheet("About", {{"ID"}, {"x"}}), departments(),
                                    sheet("Scorecard S", {{"KPI", "Value"}, {"K1", 1.0}}), kpis()});
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    EXPECT_EQ(2u, workbook.departments.size());
}

TEST(WorkbookReaderTables, RepeatedColumnIsReportedAndTheLeftmostRead) {
    // KPIs: "Target" in D and its synonym "Plan" in E: D is read, E1 reported
    const Workbook workbook =
        read({departments(), sheet("KPIs", {{"ID", "Name", "Department", "Target", "Plan"},
                                            {"K1", "Leads", "S", 100.0, 999.0}})});
    EXPECT_EQ(std::vector<std::string>{"KPIs!E1 input.repeated_column D1"}, problems(workbook));
    ASSERT_EQ(1u, workbook.kpis.size());
    EXPECT_EQ(100.0, workbook.kpis[0].target);
}

TEST(WorkbookReaderTables, SecondSheetOfOneTableIsReportedAndNotRead) {
    // "KPIs" comes first; "Показатели" is the same table and is not read
    const Workbook workbook =
        read({departments(), kpis(),
              sheet("Показатели", {{"ID", "Название", "Подразделение", "Целевое значение"},
                                   {"K9", "Other", "S", 1.0}})});
    EXPECT_EQ(std::vector<std::string>{"Показатели!A1 input.repeated_table KPIs"},
              problems(workbook));
    ASSERT_EQ(1u, workbook.kpis.size());
    EXPECT_EQ("K1", workbook.kpis[0].id);
}

TEST(WorkbookReaderTables, BlankRowsAreSkippedAndRowsKeepTheirCell) {
    // row 3 is blank (only spaces); K2 on row 4 keeps its cell A4
    const Workbook workbook =
        read({departments(), sheet("KPIs", {{"ID", "Name", "Department", "Target"},
                                            {"K1", "Leads", "S", 100.0},
                                            {" ", {}, "  ", {}},
                                            {"K2", "Calls", "S", 50.0}})});
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    ASSERT_EQ(2u, workbook.kpis.size());
    EXPECT_EQ("KPIs", workbook.kpis[1].at.sheet);
    EXPECT_EQ("A4", workbook.kpis[1].at.address());
    EXPECT_EQ("A3", workbook.departments[1].at.address());
}
