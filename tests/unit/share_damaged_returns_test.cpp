// Returned hand-outs that were damaged on their way back (issue 14, "Hardening"): a file Calc
// cannot open, a password-protected one, a value typed as a formula, rows moved to the
// other sheet, 10,000 rows added. On the master of support/ShareWorkbook.hpp; SAL's
// 2026-12 hand-out holds Actuals SAL-REV 2026-12 (hand-out row 2, master C3 empty) and
// SAL-B2B 2026-Q4 (row 3, no master row), Deliveries R02 2026-12 (row 2).
#include "core/share/CollectReport.hpp"
#include "core/share/Merge.hpp"
#include "support/ShareWorkbook.hpp"

#include <gtest/gtest.h>

using namespace concord::core;
using common::Cell;
using concord::test::calcNullDate;
using concord::test::date;
using concord::test::handOut;
using concord::test::Returned;
using concord::test::shareMaster;
using concord::test::shareReader;
using concord::test::shareTexts;

namespace {

constexpr std::size_t valueCol = 5; // the hand-out's Value / Delivered on column (F)

/// The formula text in one cell of the hand-out's Actuals sheet (0-based row and column).
std::vector<share::FormulaCell> formulaAt(int row, int col, const std::string& text) {
    share::FormulaCell cell;
    cell.at.sheet = "Actuals";
    cell.at.row = row;
    cell.at.col = col;
    cell.formula = text;
    return {cell};
}

share::Merge merge() {
    return share::Merge(shareReader(), shareMaster(), calcNullDate, "", false);
}

int count(const share::FileResult& result, share::Outcome outcome) {
    return static_cast<int>(
        std::count_if(result.lines.begin(), result.lines.end(),
                      [&](const share::MergeLine& l) { return l.outcome == outcome; }));
}

} // namespace

// --- files Calc cannot read ---

TEST(ShareDamagedReturns, UnreadableFileIsRefusedWholeAndNamed) {
    share::Merge m = merge();
    const share::FileResult& result = m.refuse("SAL 2026-12.ods", share::FileStatus::Unreadable);
    EXPECT_EQ(share::FileStatus::Unreadable, result.status);
    EXPECT_TRUE(m.writes().empty());
    const share::CollectReport report = share::CollectReport::of(m);
    EXPECT_FALSE(report.clean());
    // Its stamp could not be read: no department has returned.
    EXPECT_EQ((std::vector<std::string>{"SAL", "MKT", "LOG"}), report.notReturned);
    EXPECT_EQ("SAL 2026-12.ods: refused whole — Calc cannot open it (damaged, cut short or not "
              "a spreadsheet); ask for the file again",
              report.lines(shareTexts(), common::Language::En)[0]);
    EXPECT_EQ("unreadable", report.toJson(m.masterId())["files"][0]["status"]);
}

TEST(ShareDamagedReturns, PasswordProtectedFileIsRefusedWholeInBothLanguages) {
    share::Merge m = merge();
    m.refuse("MKT.ods", share::FileStatus::Password);
    const share::CollectReport report = share::CollectReport::of(m);
    EXPECT_EQ("MKT.ods: refused whole — it is protected by a password; ask for it again without "
              "a password",
              report.lines(shareTexts(), common::Language::En)[0]);
    EXPECT_EQ("MKT.ods: отклонён целиком — файл защищён паролем; попросите прислать его без "
              "пароля",
              report.lines(shareTexts(), common::Language::Ru)[0]);
    EXPECT_EQ("password", report.toJson(m.masterId())["files"][0]["status"]);
}

// --- formulas instead of values ---

TEST(ShareDamagedReturns, FormulaInAValueCellIsRefusedWithItsText) {
    // F2 holds =E2*0.98 (95 × 0.98 = 93.1, the value Calc saved): refused, nothing written;
    // the line names the master cell C3, the formula and the returned cell F2.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.1);
    share::Merge m = merge();
    const share::FileResult& result =
        m.add("SAL.ods", sal.stamp, sal.sheets, calcNullDate, formulaAt(1, 5, "=E2*0.98"));
    EXPECT_TRUE(m.writes().empty());
    ASSERT_EQ(3u, result.lines.size());
    EXPECT_EQ(share::Outcome::RefusedFormula, result.lines[0].outcome);
    EXPECT_FALSE(result.lines[0].returned);
    EXPECT_EQ("=E2*0.98", result.lines[0].returnedText);
    const share::CollectReport report = share::CollectReport::of(m);
    EXPECT_FALSE(report.clean());
    EXPECT_EQ(1, report.departments[0].refused);
    EXPECT_EQ("Actuals!C3: SAL SAL-REV 2026-12: refused — the cell holds a formula (=E2*0.98), "
              "not a typed value (SAL.ods: Actuals!F2)",
              report.issues(shareTexts(), common::Language::En)[0].text);
}

TEST(ShareDamagedReturns, FormulaOutsideTheValueColumnDoesNotStopTheValue) {
    // A formula in the Comment column G2: the typed 93 in F2 is filled (master C3).
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.0);
    share::Merge m = merge();
    const share::FileResult& result =
        m.add("SAL.ods", sal.stamp, sal.sheets, calcNullDate, formulaAt(1, 6, "=\"ok\""));
    EXPECT_EQ(share::Outcome::Filled, result.lines[0].outcome);
    ASSERT_EQ(1u, m.writes().size());
    EXPECT_EQ(Cell(93.0), m.writes()[0].value);
}

// --- rows moved between sheets ---

TEST(ShareDamagedReturns, ActualsRowMovedToDeliveriesIsListedNotMerged) {
    // SAL-REV 2026-12 = 93 cut from Actuals and pasted below R02 on Deliveries: no request
    // is called SAL-REV → listed; the Actuals row is gone → nothing merged at all.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    for (std::size_t c = 0; c < sal.sheet("Actuals").cells.cols(); ++c)
        sal.sheet("Actuals").cells.at(1, c) = Cell();
    sal.paste("Deliveries", {std::string("SAL-REV"), std::string("Revenue"), std::string(),
                             std::string("2026-12"), 95.0, 93.0});
    share::Merge m = merge();
    const share::FileResult& result = m.add("SAL.ods", sal.stamp, sal.sheets, calcNullDate);
    EXPECT_TRUE(m.writes().empty());
    EXPECT_EQ(1, count(result, share::Outcome::Unknown));
    EXPECT_EQ("deliveries", result.lines.back().table);
    EXPECT_EQ("SAL-REV", result.lines.back().key);
}

TEST(ShareDamagedReturns, DeliveryRowMovedToActualsIsListedNotMerged) {
    // R02 2026-12 delivered 04.12.2026 pasted on Actuals: no KPI R02 → listed, not merged.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.paste("Actuals", {std::string("R02"), std::string("Lead feedback"), std::string(),
                          std::string("2026-12"), std::string(), date(2026, 12, 4)});
    share::Merge m = merge();
    const share::FileResult& result = m.add("SAL.ods", sal.stamp, sal.sheets, calcNullDate);
    EXPECT_TRUE(m.writes().empty());
    EXPECT_EQ(1, count(result, share::Outcome::Unknown));
    // Actuals lines come first: SAL-REV, SAL-B2B, then the pasted R02; then Deliveries' R02.
    ASSERT_EQ(4u, result.lines.size());
    EXPECT_EQ(share::Outcome::Unknown, result.lines[2].outcome);
    EXPECT_EQ("actuals", result.lines[2].table);
    EXPECT_EQ("R02", result.lines[2].key);
}

// --- 10,000 rows added ---

TEST(ShareDamagedReturns, TenThousandAddedRowsAreListedAndOnlyTheHandedOutRowMerges) {
    // 93 typed for SAL-REV 2026-12, then 10,000 rows of SAL-REV for months 2030-01 onwards
    // (none handed out) added below: 1 filled (C3 = 93), 10,000 listed, 2 empty.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.0);
    common::Grid& old = sal.sheet("Actuals").cells;
    constexpr std::size_t added = 10000;
    common::Grid grown(old.rows() + added, old.cols());
    for (std::size_t r = 0; r < old.rows(); ++r)
        for (std::size_t c = 0; c < old.cols(); ++c)
            grown.at(r, c) = old.at(r, c);
    for (std::size_t i = 0; i < added; ++i) {
        const std::size_t r = old.rows() + i;
        const std::size_t year = 2030 + i / 12, month = 1 + i % 12;
        grown.at(r, 0) = std::string("SAL-REV");
        grown.at(r, 3) = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
        grown.at(r, 5) = 1.0 + static_cast<double>(i);
    }
    old = grown;
    share::Merge m = merge();
    const share::FileResult& result = m.add("SAL.ods", sal.stamp, sal.sheets, calcNullDate);
    EXPECT_EQ(1, count(result, share::Outcome::Filled));
    EXPECT_EQ(10000, count(result, share::Outcome::Unknown));
    EXPECT_EQ(2, count(result, share::Outcome::Empty));
    ASSERT_EQ(1u, m.writes().size());
    EXPECT_EQ(Cell(93.0), m.writes()[0].value);
    const share::CollectReport report = share::CollectReport::of(m);
    EXPECT_EQ(10000, report.departments[0].listed);
    // Printed: the summary, the first 20 listed rows, one line for the other 9,980, and
    // who has not returned (MKT, LOG) — 23 lines; the sidebar's issues keep all 10,000.
    const std::vector<std::string> lines = report.lines(shareTexts(), common::Language::En);
    ASSERT_EQ(23u, lines.size());
    EXPECT_EQ("SAL.ods: 9980 more lines like these, all in the JSON report (--json)", lines[21]);
    EXPECT_EQ("Not returned: MKT, LOG", lines[22]);
    EXPECT_EQ(10000u, report.issues(shareTexts(), common::Language::En).size());
}
