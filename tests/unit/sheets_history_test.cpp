// The history block of the scorecards and of Company (DESIGN §3 "Periodic"): the score per
// period against the constant amber/green thresholds, per KPI (or department) the value per
// period and the status in P, and the chart specs over exactly those cells.
#include "core/sheets/Build.hpp"
#include "core/sheets/Company.hpp"
#include "core/sheets/HistoryBlock.hpp"
#include "core/sheets/Scorecard.hpp"
#include "core/sheets/TextWidth.hpp"
#include "support/HistoryWorkbook.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::report;
using namespace concord::core::sheets;
using concord::test::historyReport;

namespace {

struct Sheets {
    Report report;
    Layout scorecard; ///< SAL's
    Layout company;
};

Sheets sheets(Language language) {
    Sheets s{historyReport(language), {}, {}};
    const Context context(s.report, concord::test::texts(), language, {1899, 12, 30},
                          "2026-04-01 09:00");
    s.scorecard = scorecardSheet(context, s.report.departments.at(0));
    s.company = companySheet(context);
    return s;
}

const Sheets& english() {
    static const Sheets s = sheets(Language::En);
    return s;
}

const Cell& at(const Layout& s, std::size_t row, std::size_t col) {
    static const Cell empty;
    return row < s.cells.rows() && col < s.cells.cols() ? s.cells.at(row, col) : empty;
}

std::string text(const Layout& s, std::size_t row, std::size_t col) {
    const Cell& cell = at(s, row, col);
    return std::holds_alternative<std::string>(cell) ? std::get<std::string>(cell) : "<not text>";
}

double number(const Layout& s, std::size_t row, std::size_t col) {
    const Cell& cell = at(s, row, col);
    if (!std::holds_alternative<double>(cell))
        ADD_FAILURE() << "row " << row << " col " << col << " is not a number";
    return std::holds_alternative<double>(cell) ? std::get<double>(cell) : -999;
}

bool empty(const Layout& s, std::size_t row, std::size_t col) {
    return std::holds_alternative<std::monostate>(at(s, row, col));
}

bool hasFormat(const Layout& s, FormatRange wanted) {
    return std::any_of(s.formats.begin(), s.formats.end(), [&](const FormatRange& f) {
        return f.firstRow == wanted.firstRow && f.firstCol == wanted.firstCol &&
               f.lastRow == wanted.lastRow && f.lastCol == wanted.lastCol &&
               f.format == wanted.format;
    });
}

void expectColumn(const CellColumn& column, int col, int firstRow, int lastRow) {
    EXPECT_EQ(col, column.col);
    EXPECT_EQ(firstRow, column.firstRow);
    EXPECT_EQ(lastRow, column.lastRow);
}

// Scorecard SAL: KPIs on rows 5–6 (0-based 4–5), the summary on 0-based rows 7–13, the
// goals label and header on 15–16 (no goals), so the history starts on 0-based row 18:
// label 18, header 19, periods 2025-04 … 2026-03 on 20–31, blank 32, KPI header 33,
// REV 34, NPS 35; the charts below from row 37.
constexpr int cardLabel = 18;
constexpr int cardHeader = 19;
constexpr int cardFirst = 20;
constexpr int cardLast = 31;
constexpr int cardBarsHeader = 33;

// Company: SAL, OPS on 0-based rows 4–5, company score 7–8, goals label and header 10–11
// (no company goals): label 13, header 14, periods 15–26, blank 27, department header 28,
// SAL 29, OPS 30; the charts from row 32.
constexpr int companyLabel = 13;
constexpr int companyHeader = 14;
constexpr int companyFirst = 15;
constexpr int companyLast = 26;
constexpr int companyBarsHeader = 28;

} // namespace

// ---- scorecard: cells ----

TEST(SheetsHistory, ScorecardScoreTable) {
    const Layout& s = english().scorecard;
    EXPECT_EQ("History: the last 12 periods to 2026-03", text(s, cardLabel, 0));
    EXPECT_EQ("Period", text(s, cardHeader, 0));
    EXPECT_EQ("Score", text(s, cardHeader, 1));
    EXPECT_EQ("Status", text(s, cardHeader, 2));
    EXPECT_EQ("Amber from", text(s, cardHeader, 3));
    EXPECT_EQ("Green from", text(s, cardHeader, 4));
    EXPECT_EQ("2025-04", text(s, cardFirst, 0));
    EXPECT_EQ("2026-03", text(s, cardLast, 0));
    // 2025-04: no score, no status; the thresholds are on every row
    EXPECT_TRUE(empty(s, cardFirst, 1));
    EXPECT_TRUE(empty(s, cardFirst, 2));
    EXPECT_DOUBLE_EQ(0.7, number(s, cardFirst, 3));
    EXPECT_DOUBLE_EQ(0.95, number(s, cardFirst, 4));
    EXPECT_DOUBLE_EQ(0.7, number(s, cardLast, 3));
    EXPECT_DOUBLE_EQ(0.95, number(s, cardLast, 4));
    // January (0.8 · 2 + 0.9) / 3 amber, February 0.9 amber, March 2.9 / 3 green
    EXPECT_NEAR(2.5 / 3, number(s, cardLast - 2, 1), 1e-12);
    EXPECT_DOUBLE_EQ(0, number(s, cardLast - 2, 2));
    EXPECT_NEAR(0.9, number(s, cardLast - 1, 1), 1e-12);
    EXPECT_NEAR(2.9 / 3, number(s, cardLast, 1), 1e-12);
    EXPECT_DOUBLE_EQ(1, number(s, cardLast, 2));
}

TEST(SheetsHistory, ScorecardKpiAttainmentTable) {
    const Layout& s = english().scorecard;
    EXPECT_EQ("ID", text(s, cardBarsHeader, 0));
    EXPECT_EQ("KPI", text(s, cardBarsHeader, 1));
    EXPECT_EQ("2025-04", text(s, cardBarsHeader, 2));
    EXPECT_EQ("2026-03", text(s, cardBarsHeader, 13));
    EXPECT_EQ("Status", text(s, cardBarsHeader, 14));
    // REV: January (column 2 + 9) 0.8, February stale: empty, March 1.0, green
    EXPECT_EQ("REV", text(s, cardBarsHeader + 1, 0));
    EXPECT_EQ("Revenue", text(s, cardBarsHeader + 1, 1));
    EXPECT_NEAR(0.8, number(s, cardBarsHeader + 1, 11), 1e-12);
    EXPECT_TRUE(empty(s, cardBarsHeader + 1, 12));
    EXPECT_NEAR(1.0, number(s, cardBarsHeader + 1, 13), 1e-12);
    EXPECT_DOUBLE_EQ(1, number(s, cardBarsHeader + 1, 14));
    // NPS quarterly: 0.9 in each month of Q1, nothing in December; amber in P
    EXPECT_EQ("NPS", text(s, cardBarsHeader + 2, 0));
    EXPECT_TRUE(empty(s, cardBarsHeader + 2, 10));
    EXPECT_NEAR(0.9, number(s, cardBarsHeader + 2, 11), 1e-12);
    EXPECT_NEAR(0.9, number(s, cardBarsHeader + 2, 12), 1e-12);
    EXPECT_NEAR(0.9, number(s, cardBarsHeader + 2, 13), 1e-12);
    EXPECT_DOUBLE_EQ(0, number(s, cardBarsHeader + 2, 14));
    EXPECT_EQ(cardBarsHeader + 3u, s.cells.rows());
}

TEST(SheetsHistory, ScorecardFormats) {
    const Layout& s = english().scorecard;
    EXPECT_TRUE(hasFormat(s, {cardLabel, 0, cardLabel, 0, CellFormat::Title}));
    EXPECT_TRUE(hasFormat(s, {cardHeader, 0, cardHeader, 4, CellFormat::Header}));
    EXPECT_TRUE(hasFormat(s, {cardFirst, 1, cardLast, 1, CellFormat::Percent}));
    EXPECT_TRUE(hasFormat(s, {cardFirst, 2, cardLast, 2, CellFormat::Status}));
    EXPECT_TRUE(hasFormat(s, {cardFirst, 3, cardLast, 4, CellFormat::Percent}));
    EXPECT_TRUE(hasFormat(s, {cardBarsHeader, 0, cardBarsHeader, 14, CellFormat::Header}));
    EXPECT_TRUE(hasFormat(s, {cardBarsHeader + 1, 2, cardBarsHeader + 2, 13, CellFormat::Percent}));
    EXPECT_TRUE(hasFormat(s, {cardBarsHeader + 1, 14, cardBarsHeader + 2, 14, CellFormat::Status}));
}

// ---- scorecard: charts ----

TEST(SheetsHistory, ScorecardScoreLineOverThePeriodRows) {
    const Layout& s = english().scorecard;
    ASSERT_EQ(2u, s.charts.size());
    const Chart& line = s.charts[0];
    EXPECT_EQ(Chart::Kind::Line, line.kind);
    EXPECT_EQ("score", line.name);
    EXPECT_EQ("Sales: score by period", line.title);
    EXPECT_EQ("Period", line.xTitle);
    EXPECT_EQ("Score", line.yTitle);
    // 12 points: rows 20–31, categories the period labels in A
    expectColumn(line.categories, 0, cardFirst, cardLast);
    EXPECT_EQ(12, line.categories.lastRow - line.categories.firstRow + 1);
    ASSERT_EQ(3u, line.series.size());
    EXPECT_EQ("Score", line.series[0].name);
    expectColumn(line.series[0].values, 1, cardFirst, cardLast);
    EXPECT_EQ("Amber from", line.series[1].name);
    expectColumn(line.series[1].values, 3, cardFirst, cardLast);
    EXPECT_EQ(amberColour, line.series[1].colour);
    EXPECT_EQ("Green from", line.series[2].name);
    expectColumn(line.series[2].values, 4, cardFirst, cardLast);
    EXPECT_EQ(greenColour, line.series[2].colour);
    // below the block, not over its cells
    EXPECT_EQ(cardBarsHeader + 4, line.anchorRow);
    EXPECT_EQ(0, line.anchorCol);
}

TEST(SheetsHistory, ScorecardAttainmentBarsOfPColouredByStatus) {
    const Layout& s = english().scorecard;
    ASSERT_EQ(2u, s.charts.size());
    const Chart& bar = s.charts[1];
    EXPECT_EQ(Chart::Kind::Bar, bar.kind);
    EXPECT_EQ("attainment", bar.name);
    EXPECT_EQ("KPI attainment in 2026-03", bar.title);
    EXPECT_EQ("KPI", bar.xTitle);
    EXPECT_EQ("Attainment", bar.yTitle);
    // the KPI names in B and the column of P (N, index 13) on the KPI rows 34–35
    // categories: the KPI IDs in A (short labels; names squash the plot)
    expectColumn(bar.categories, 0, cardBarsHeader + 1, cardBarsHeader + 2);
    ASSERT_EQ(1u, bar.series.size());
    expectColumn(bar.series[0].values, 13, cardBarsHeader + 1, cardBarsHeader + 2);
    // REV green, NPS amber
    EXPECT_EQ((std::vector<int>{0x2E7D32, 0xF9A825}), bar.series[0].pointColours);
    // below the line chart
    EXPECT_GT(bar.anchorRow, s.charts[0].anchorRow + 15);
}

// ---- company ----

TEST(SheetsHistory, CompanyScoreTableAndDepartmentRows) {
    const Layout& s = english().company;
    EXPECT_EQ("History: the last 12 periods to 2026-03", text(s, companyLabel, 0));
    EXPECT_EQ("Period", text(s, companyHeader, 0));
    EXPECT_EQ("2025-04", text(s, companyFirst, 0));
    EXPECT_EQ("2026-03", text(s, companyLast, 0));
    // company: January (2.5/3 + 0.8)/2 amber, March (2.9/3 + 1.1)/2 green
    EXPECT_NEAR((2.5 / 3 + 0.8) / 2, number(s, companyLast - 2, 1), 1e-12);
    EXPECT_DOUBLE_EQ(0, number(s, companyLast - 2, 2));
    EXPECT_NEAR((2.9 / 3 + 1.1) / 2, number(s, companyLast, 1), 1e-12);
    EXPECT_DOUBLE_EQ(1, number(s, companyLast, 2));
    EXPECT_DOUBLE_EQ(0.7, number(s, companyFirst, 3));
    EXPECT_DOUBLE_EQ(0.95, number(s, companyFirst, 4));
    // departments: Code, Department, 12 periods, Status
    EXPECT_EQ("Code", text(s, companyBarsHeader, 0));
    EXPECT_EQ("Department", text(s, companyBarsHeader, 1));
    EXPECT_EQ("Status", text(s, companyBarsHeader, 14));
    EXPECT_EQ("SAL", text(s, companyBarsHeader + 1, 0));
    EXPECT_NEAR(2.9 / 3, number(s, companyBarsHeader + 1, 13), 1e-12);
    EXPECT_EQ("OPS", text(s, companyBarsHeader + 2, 0));
    EXPECT_EQ("Operations", text(s, companyBarsHeader + 2, 1));
    EXPECT_TRUE(empty(s, companyBarsHeader + 2, 12)); // February: no data
    EXPECT_NEAR(1.1, number(s, companyBarsHeader + 2, 13), 1e-12);
    EXPECT_DOUBLE_EQ(1, number(s, companyBarsHeader + 2, 14));
}

TEST(SheetsHistory, CompanyCharts) {
    const Layout& s = english().company;
    ASSERT_EQ(2u, s.charts.size());
    const Chart& line = s.charts[0];
    EXPECT_EQ(Chart::Kind::Line, line.kind);
    EXPECT_EQ("score", line.name);
    EXPECT_EQ("Company: score by period", line.title);
    expectColumn(line.categories, 0, companyFirst, companyLast);
    ASSERT_EQ(3u, line.series.size());
    expectColumn(line.series[0].values, 1, companyFirst, companyLast);
    expectColumn(line.series[1].values, 3, companyFirst, companyLast);
    expectColumn(line.series[2].values, 4, companyFirst, companyLast);
    const Chart& bar = s.charts[1];
    EXPECT_EQ(Chart::Kind::Bar, bar.kind);
    EXPECT_EQ("departments", bar.name);
    EXPECT_EQ("Department scores in 2026-03", bar.title);
    EXPECT_EQ("Department", bar.xTitle);
    EXPECT_EQ("Score", bar.yTitle);
    // categories: the department codes in A
    expectColumn(bar.categories, 0, companyBarsHeader + 1, companyBarsHeader + 2);
    ASSERT_EQ(1u, bar.series.size());
    expectColumn(bar.series[0].values, 13, companyBarsHeader + 1, companyBarsHeader + 2);
    // SAL 0.9666… green, OPS 1.1 green
    EXPECT_EQ((std::vector<int>{0x2E7D32, 0x2E7D32}), bar.series[0].pointColours);
}

// ---- widths: Calc measures the columns above the block only ----

TEST(SheetsHistory, ColumnsAreMeasuredAboveTheBlockWhichNamesItsOwnWidths) {
    const Layout& s = english().scorecard;
    EXPECT_EQ(cardLabel, s.measuredRows);
    ASSERT_EQ(15u, s.minimumWidths.size()); // A … O: the KPI table's status column is the last
    // D: the bold header "Amber from" is wider than "70.0 %"
    EXPECT_EQ(textWidth("Amber from", true), s.minimumWidths[3]);
    EXPECT_GT(s.minimumWidths[3], textWidth("70.0 %", false));
    // O: REV green and NPS amber in P, "● amber" is the widest status (wider than "● green"
    // and "● red", and than the bold header "Status")
    EXPECT_EQ(textWidth("● amber", false), s.minimumWidths[14]);
    // B: the names and the bold header "KPI"; "Revenue" is the longest
    EXPECT_EQ(std::max(textWidth("Revenue", false), textWidth("KPI", true)), s.minimumWidths[1]);
    EXPECT_EQ(companyLabel, english().company.measuredRows);
}

// ---- language ----

TEST(SheetsHistory, RussianWords) {
    const Sheets s = sheets(Language::Ru);
    EXPECT_EQ("История: последние 12 периодов по 2026-03", text(s.scorecard, cardLabel, 0));
    EXPECT_EQ("Период", text(s.scorecard, cardHeader, 0));
    EXPECT_EQ("Жёлтый от", text(s.scorecard, cardHeader, 3));
    EXPECT_EQ("Sales: оценка по периодам", s.scorecard.charts.at(0).title);
    EXPECT_EQ("Достижение показателей за 2026-03", s.scorecard.charts.at(1).title);
    EXPECT_EQ("Достижение", s.scorecard.charts.at(1).yTitle);
    EXPECT_EQ("Компания: оценка по периодам", s.company.charts.at(0).title);
    EXPECT_EQ("Оценки подразделений за 2026-03", s.company.charts.at(1).title);
    // D: the bold "Жёлтый от" is the widest of the column; O: "● красный" of the three words
    EXPECT_EQ(textWidth("Жёлтый от", true), s.scorecard.minimumWidths[3]);
    // (any status cell may show any of the three, so the widest word counts)
    EXPECT_EQ(textWidth("● красный", false), s.scorecard.minimumWidths[14]);
}

// ---- status colours ----

TEST(SheetsHistory, StatusColours) {
    EXPECT_EQ(0x2E7D32, statusColour(concord::core::kpi::Status::Green));
    EXPECT_EQ(0xF9A825, statusColour(concord::core::kpi::Status::Amber));
    EXPECT_EQ(0xC62828, statusColour(concord::core::kpi::Status::Red));
    EXPECT_EQ(0x9E9E9E, statusColour(std::nullopt));
}

// ---- the build switch ----

TEST(SheetsHistory, BuildWithoutHistoryHasNoBlockAndNoCharts) {
    const std::vector<RawSheet> raw = concord::test::WorkbookBuilder()
                                          .department("SAL", "Sales")
                                          .kpi("REV", "Revenue", "SAL", 100.0)
                                          .actual("REV", "2026-03", 100.0)
                                          .sheets();
    BuildOptions options;
    options.language = Language::En;
    const BuildResult with = build(raw, options, CONCORD_DATA_DIR);
    options.history = false;
    const BuildResult without = build(raw, options, CONCORD_DATA_DIR);
    // company and the one scorecard (People between them has no history): 2 charts each
    // with, none without; 12 more rows at least
    for (std::size_t i : {0, 2}) {
        SCOPED_TRACE(with.sheets[i].name);
        EXPECT_EQ(2u, with.sheets[i].charts.size());
        EXPECT_TRUE(without.sheets[i].charts.empty());
        EXPECT_GT(with.sheets[i].cells.rows(), without.sheets[i].cells.rows() + 12);
    }
    EXPECT_EQ(12u, with.report.at("history").size());
    EXPECT_TRUE(without.report.at("history").is_null());
    // without the block Calc measures every row
    EXPECT_EQ(0, without.sheets[2].measuredRows);
    EXPECT_TRUE(without.sheets[2].minimumWidths.empty());
}
