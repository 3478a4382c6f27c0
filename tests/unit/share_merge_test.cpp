// How returned rows merge into the master (DESIGN §6, share::Merge), case by case, on the
// master of support/ShareWorkbook.hpp. The hand-outs are made by the shipped plan and book
// and then "typed into" as a department head would.
#include "core/share/CollectReport.hpp"
#include "core/share/Merge.hpp"
#include "support/ShareWorkbook.hpp"

#include <gtest/gtest.h>

using namespace concord::core;
using common::Cell;
using concord::test::applied;
using concord::test::calcNullDate;
using concord::test::date;
using concord::test::handOut;
using concord::test::Returned;
using concord::test::shareMaster;
using concord::test::shareReader;

namespace {

constexpr std::size_t valueCol = 5; // the hand-out's Value / Delivered on column (F)

share::Merge merge(const std::vector<model::RawSheet>& master, bool take = false) {
    return share::Merge(shareReader(), master, calcNullDate, "", take);
}

share::FileResult add(share::Merge& m, const std::string& file, const Returned& r) {
    return m.add(file, r.stamp, r.sheets, calcNullDate);
}

std::string at(const share::CellWrite& w) {
    return w.at.sheet + "!" + w.at.address();
}

} // namespace

// --- Actuals ---

TEST(ShareMerge, EmptyMasterCellIsFilled) {
    // SAL-REV 2026-12: master row 3 has an empty Value (C3) → 93 is written there.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.0);
    share::Merge m = merge(shareMaster());
    const share::FileResult& result = add(m, "SAL 2026-12.ods", sal);
    EXPECT_EQ(share::FileStatus::Merged, result.status);
    ASSERT_EQ(1u, m.writes().size());
    EXPECT_EQ("Actuals!C3", at(m.writes()[0]));
    EXPECT_EQ(Cell(93.0), m.writes()[0].value);
    // SAL-B2B Q4 and R02 were left empty: two Empty lines, nothing written for them.
    ASSERT_EQ(3u, result.lines.size());
    EXPECT_EQ(share::Outcome::Filled, result.lines[0].outcome);
    EXPECT_EQ(share::Outcome::Empty, result.lines[1].outcome);
    EXPECT_EQ(share::Outcome::Empty, result.lines[2].outcome);
}

TEST(ShareMerge, RowTheMasterLacksIsAppendedBelowTheTable) {
    // SAL-B2B 2026-Q4 has no master row: the table ends at row 4, so row 5 gets KPI, Period,
    // Value: A5 "SAL-B2B", B5 "2026-Q4", C5 41.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-B2B", "2026-Q4", valueCol, 41.0);
    share::Merge m = merge(shareMaster());
    add(m, "SAL.ods", sal);
    ASSERT_EQ(3u, m.writes().size());
    EXPECT_EQ("Actuals!A5", at(m.writes()[0]));
    EXPECT_EQ(Cell(std::string("SAL-B2B")), m.writes()[0].value);
    EXPECT_EQ("Actuals!B5", at(m.writes()[1]));
    EXPECT_EQ(Cell(std::string("2026-Q4")), m.writes()[1].value);
    EXPECT_EQ("Actuals!C5", at(m.writes()[2]));
    EXPECT_EQ(Cell(41.0), m.writes()[2].value);
}

TEST(ShareMerge, SameValueIsUnchanged) {
    // MKT-SQL 2026-12 is 1700 in the master and in the file.
    Returned mkt = handOut(shareMaster(), "MKT", "2026-12");
    mkt.type("Actuals", "MKT-SQL", "2026-12", valueCol, 1700.0);
    share::Merge m = merge(shareMaster());
    const share::FileResult& result = add(m, "MKT.ods", mkt);
    EXPECT_TRUE(m.writes().empty());
    EXPECT_EQ(share::Outcome::Unchanged, result.lines[0].outcome);
}

TEST(ShareMerge, DifferentValueIsAConflictAndTheMasterIsKept) {
    Returned mkt = handOut(shareMaster(), "MKT", "2026-12");
    mkt.type("Actuals", "MKT-SQL", "2026-12", valueCol, 1750.0);
    share::Merge m = merge(shareMaster());
    const share::FileResult& result = add(m, "MKT.ods", mkt);
    EXPECT_TRUE(m.writes().empty());
    const share::MergeLine& line = result.lines[0];
    EXPECT_EQ(share::Outcome::Conflict, line.outcome);
    EXPECT_EQ(std::optional<double>(1700), line.master);
    EXPECT_EQ(std::optional<double>(1750), line.returned);
    EXPECT_EQ("C4", line.masterCell->address());
}

TEST(ShareMerge, DifferentValueWithTakeReturnedIsWritten) {
    Returned mkt = handOut(shareMaster(), "MKT", "2026-12");
    mkt.type("Actuals", "MKT-SQL", "2026-12", valueCol, 1750.0);
    share::Merge m = merge(shareMaster(), true);
    const share::FileResult& result = add(m, "MKT.ods", mkt);
    EXPECT_EQ(share::Outcome::ConflictTaken, result.lines[0].outcome);
    ASSERT_EQ(1u, m.writes().size());
    EXPECT_EQ("Actuals!C4", at(m.writes()[0]));
    EXPECT_EQ(Cell(1750.0), m.writes()[0].value);
}

TEST(ShareMerge, AnotherDepartmentsKpiIsRefused) {
    // SAL pastes MKT's KPI row: refused, MKT's 1700 untouched.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.paste("Actuals", {std::string("MKT-SQL"), std::string(), std::string(),
                          std::string("2026-12"), 1800.0, 5.0});
    share::Merge m = merge(shareMaster());
    const share::FileResult& result = add(m, "SAL.ods", sal);
    EXPECT_TRUE(m.writes().empty());
    const share::MergeLine& line = result.lines[2]; // Actuals rows come before Deliveries rows
    EXPECT_EQ(share::Outcome::RefusedForeignKpi, line.outcome);
    EXPECT_EQ("MKT", line.owner);
    EXPECT_EQ("C4", line.masterCell->address());
    EXPECT_EQ("F4", line.returnedCell.address());
}

TEST(ShareMerge, RowTheHandOutDidNotHoldIsListedNotMerged) {
    // A new period (SAL-REV 2027-01) and a KPI the master does not know (SAL-NEW).
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.paste("Actuals", {std::string("SAL-REV"), std::string(), std::string(),
                          std::string("2027-01"), 100.0, 97.0});
    sal.paste("Actuals", {std::string("SAL-NEW"), std::string(), std::string(),
                          std::string("2026-12"), 1.0, 2.0});
    share::Merge m = merge(shareMaster());
    const share::FileResult& result = add(m, "SAL.ods", sal);
    EXPECT_TRUE(m.writes().empty());
    EXPECT_EQ(share::Outcome::Unknown, result.lines[2].outcome);
    EXPECT_EQ("2027-01", result.lines[2].period);
    EXPECT_EQ(share::Outcome::Unknown, result.lines[3].outcome);
    EXPECT_EQ("SAL-NEW", result.lines[3].key);
}

TEST(ShareMerge, TextInAValueCellIsRefused) {
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, std::string("about 93"));
    share::Merge m = merge(shareMaster());
    const share::FileResult& result = add(m, "SAL.ods", sal);
    EXPECT_TRUE(m.writes().empty());
    EXPECT_EQ(share::Outcome::RefusedInvalid, result.lines[0].outcome);
    EXPECT_EQ("about 93", result.lines[0].returnedText);
}

// --- Deliveries ---

TEST(ShareMerge, DeliveredOnIsAppendedAsADateOfTheMastersNullDate) {
    // R02 2026-12 delivered on 04.12.2026 (serial 46360): no master row → row 3 of
    // Deliveries: A3 "R02", B3 "2026-12", C3 46360 as a date.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Deliveries", "R02", "2026-12", valueCol, date(2026, 12, 4));
    share::Merge m = merge(shareMaster());
    const share::FileResult& result = add(m, "SAL.ods", sal);
    EXPECT_EQ(share::Outcome::Filled, result.lines[2].outcome);
    ASSERT_EQ(3u, m.writes().size());
    EXPECT_EQ("Deliveries!C3", at(m.writes()[2]));
    EXPECT_EQ(Cell(46360.0), m.writes()[2].value);
    EXPECT_TRUE(m.writes()[2].date);
}

TEST(ShareMerge, RequestAnotherDepartmentProvidesIsRefused) {
    // R01 is provided by MKT: SAL's row for it is refused.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.paste("Deliveries", {std::string("R01"), std::string(), std::string(),
                             std::string("2026-12"), std::string(), date(2026, 12, 2)});
    share::Merge m = merge(shareMaster());
    const share::FileResult& result = add(m, "SAL.ods", sal);
    EXPECT_TRUE(m.writes().empty());
    EXPECT_EQ(share::Outcome::RefusedForeignRequest, result.lines.back().outcome);
    EXPECT_EQ("MKT", result.lines.back().owner);
    EXPECT_FALSE(result.lines.back().masterCell); // the master has no R01 2026-12 row
}

// --- whole files ---

TEST(ShareMerge, FileWithoutAStampIsRefusedWhole) {
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.0);
    share::Merge m = merge(shareMaster());
    const share::FileResult& result = m.add("SAL.ods", std::nullopt, sal.sheets, calcNullDate);
    EXPECT_EQ(share::FileStatus::NoStamp, result.status);
    EXPECT_TRUE(result.lines.empty());
    EXPECT_TRUE(m.writes().empty());
}

TEST(ShareMerge, FileStampedByAnotherMasterIsRefusedWhole) {
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.0);
    sal.stamp.masterId = "another-master";
    share::Merge m = merge(shareMaster());
    EXPECT_EQ(share::FileStatus::OtherMaster, add(m, "SAL.ods", sal).status);
    EXPECT_TRUE(m.writes().empty());
}

TEST(ShareMerge, SameFilesTwiceChangeNothingTheSecondTime) {
    // First collect: SAL fills C3 (93) and appends SAL-B2B (41) and R02 (04.12.2026); MKT
    // conflicts (1750 against 1700). Second collect on the result: every value Unchanged,
    // MKT still a conflict, no write at all.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.0);
    sal.type("Actuals", "SAL-B2B", "2026-Q4", valueCol, 41.0);
    sal.type("Deliveries", "R02", "2026-12", valueCol, date(2026, 12, 4));
    Returned mkt = handOut(shareMaster(), "MKT", "2026-12");
    mkt.type("Actuals", "MKT-SQL", "2026-12", valueCol, 1750.0);

    share::Merge first = merge(shareMaster());
    add(first, "SAL.ods", sal);
    add(first, "MKT.ods", mkt);
    EXPECT_EQ(7u, first.writes().size()); // C3; A5 B5 C5; A3 B3 C3 of Deliveries
    const auto collected = applied(shareMaster(), first.writes());

    share::Merge second = merge(collected);
    const share::FileResult& salAgain = add(second, "SAL.ods", sal);
    const share::FileResult& mktAgain = add(second, "MKT.ods", mkt);
    EXPECT_TRUE(second.writes().empty());
    EXPECT_EQ(share::Outcome::Unchanged, salAgain.lines[0].outcome);
    EXPECT_EQ(share::Outcome::Unchanged, salAgain.lines[1].outcome);
    EXPECT_EQ(share::Outcome::Unchanged, salAgain.lines[2].outcome);
    EXPECT_EQ(share::Outcome::Conflict, mktAgain.lines[0].outcome);
    EXPECT_FALSE(salAgain.masterChanged);
}

// --- the report ---

TEST(ShareCollectReport, CountsPerDepartmentAndWhoHasNotReturned) {
    // SAL: 1 filled (C3), 2 empty, 1 refused (MKT-SQL pasted). MKT: 1 conflict, 2 empty
    // (R01, R04 deliveries). LOG did not return.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.0);
    sal.paste("Actuals", {std::string("MKT-SQL"), std::string(), std::string(),
                          std::string("2026-12"), 1800.0, 5.0});
    Returned mkt = handOut(shareMaster(), "MKT", "2026-12");
    mkt.type("Actuals", "MKT-SQL", "2026-12", valueCol, 1750.0);
    share::Merge m = merge(shareMaster());
    add(m, "SAL 2026-12.ods", sal);
    add(m, "MKT 2026-12.ods", mkt);
    const share::CollectReport report = share::CollectReport::of(m);
    ASSERT_EQ(2u, report.departments.size());
    EXPECT_EQ("SAL", report.departments[0].department);
    EXPECT_EQ(1, report.departments[0].filled);
    EXPECT_EQ(2, report.departments[0].empty);
    EXPECT_EQ(1, report.departments[0].refused);
    EXPECT_EQ("MKT", report.departments[1].department);
    EXPECT_EQ(1, report.departments[1].conflicts);
    EXPECT_EQ(std::vector<std::string>{"LOG"}, report.notReturned);
    EXPECT_FALSE(report.clean());

    const std::vector<std::string> lines =
        report.lines(concord::test::shareTexts(), common::Language::En);
    EXPECT_EQ("SAL 2026-12: 1 filled, 0 unchanged, 0 conflicts, 1 refused, 0 listed, 2 left empty",
              lines[0]);
    EXPECT_EQ("Actuals!C4: SAL MKT-SQL 2026-12: refused — the KPI belongs to MKT "
              "(SAL 2026-12.ods: Actuals!F4)",
              lines[2]);
    EXPECT_EQ("Actuals!C4: MKT MKT-SQL 2026-12: conflict — master 1700, returned 1750; master kept",
              lines[3]);
    EXPECT_EQ("Not returned: LOG", lines.back());

    const nlohmann::json json = report.toJson(m.masterId());
    EXPECT_EQ("refused_foreign_kpi", json["files"][0]["lines"][2]["outcome"]);
    EXPECT_EQ(1750, json["files"][1]["lines"][0]["returned"]);
    EXPECT_EQ(nlohmann::json::array({"LOG"}), json["not_returned"]);
    EXPECT_FALSE(json["clean"].get<bool>());
}

TEST(ShareCollectReport, EverythingMergedIsClean) {
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.0);
    share::Merge m = merge(shareMaster());
    add(m, "SAL.ods", sal);
    EXPECT_TRUE(share::CollectReport::of(m).clean());
}

TEST(ShareCollectReport, ARowListedNotMergedIsNotClean) {
    // SAL types its value and also pastes a row for a period the hand-out did not hold
    // (2027-01): the value merges, the new row is listed, so not everything merged.
    Returned sal = handOut(shareMaster(), "SAL", "2026-12");
    sal.type("Actuals", "SAL-REV", "2026-12", valueCol, 93.0);
    sal.paste("Actuals", {std::string("SAL-REV"), std::string(), std::string(),
                          std::string("2027-01"), 100.0, 97.0});
    share::Merge m = merge(shareMaster());
    add(m, "SAL.ods", sal);
    const share::CollectReport report = share::CollectReport::of(m);
    ASSERT_EQ(1u, report.departments.size());
    EXPECT_EQ(1, report.departments[0].filled);
    EXPECT_FALSE(report.clean());
}

TEST(ShareCollectReport, DepartmentWhoseFileWasRefusedWholeHasReturned) {
    // MKT's file is stamped by another master: refused, listed, and MKT is not among those
    // who have not returned (SAL, LOG).
    Returned mkt = handOut(shareMaster(), "MKT", "2026-12");
    mkt.stamp.masterId = "another-master";
    share::Merge m = merge(shareMaster());
    add(m, "MKT 2026-12.ods", mkt);
    const share::CollectReport report = share::CollectReport::of(m);
    EXPECT_EQ((std::vector<std::string>{"SAL", "LOG"}), report.notReturned);
    EXPECT_TRUE(report.departments.empty());
    EXPECT_FALSE(report.clean());
    EXPECT_EQ("MKT 2026-12.ods: refused whole — a hand-out of another master workbook "
              "(MKT 2026-12)",
              report.lines(concord::test::shareTexts(), common::Language::En)[0]);
}

TEST(ShareCollectReport, IssueCellsParseBackForTheSidebar) {
    // "Actuals!C14" → sheet Actuals, row 13, column 2 (0-based); AA1 is column 26.
    const auto cell = share::CollectReport::parseCell("Actuals!C14");
    ASSERT_TRUE(cell);
    EXPECT_EQ("Actuals", cell->sheet);
    EXPECT_EQ(13, cell->row);
    EXPECT_EQ(2, cell->col);
    EXPECT_EQ(26, share::CollectReport::parseCell("A!B!AA1")->col);
    EXPECT_EQ("A!B", share::CollectReport::parseCell("A!B!AA1")->sheet);
    EXPECT_FALSE(share::CollectReport::parseCell(""));
    EXPECT_FALSE(share::CollectReport::parseCell("Actuals!14"));
    EXPECT_FALSE(share::CollectReport::parseCell("Actuals!C"));
}
