// Which rows go out to a department for a period (DESIGN §6, HandOutPlan), on the master of
// support/ShareWorkbook.hpp.
#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"
#include "core/share/HandOutBook.hpp"
#include "core/share/HandOutPlan.hpp"
#include "support/ShareWorkbook.hpp"

#include <gtest/gtest.h>

using namespace concord::core;
using concord::test::calcNullDate;
using concord::test::shareMaster;
using concord::test::shareReader;

namespace {

share::HandOut plan(const std::string& department, const std::string& period) {
    const auto sheets = shareMaster();
    const model::Workbook workbook = shareReader().read(sheets, calcNullDate);
    const share::Table actuals =
        share::Table::read("actuals", sheets, shareReader(), calcNullDate,
                           [&](const std::string& id) -> std::optional<model::Frequency> {
                               for (const auto& kpi : workbook.kpis)
                                   if (kpi.id == id)
                                       return kpi.frequency;
                               return std::nullopt;
                           });
    return share::HandOutPlan::make(workbook, actuals, department, *model::Period::parse(period),
                                    "master-1");
}

long day(int y, int m, int d) {
    return common::daysFromCivil({y, m, d});
}

std::vector<std::string> actualKeys(const share::HandOut& h) {
    std::vector<std::string> out;
    for (const auto& row : h.actuals)
        out.push_back(row.kpi + " " + row.period.label());
    return out;
}

std::vector<std::string> deliveryKeys(const share::HandOut& h) {
    std::vector<std::string> out;
    for (const auto& row : h.deliveries)
        out.push_back(row.request + " " + row.period.label());
    return out;
}

} // namespace

// --- a month that ends a quarter ---

TEST(ShareHandOut, DecemberGivesTheMonthlyAndTheQuarterlyKpisOfTheDepartmentOnly) {
    // SAL's KPIs: SAL-REV monthly → 2026-12; SAL-B2B quarterly, Q4 ends 31.12 → 2026-Q4.
    // MKT-SQL and LOG-LEAD belong to other departments.
    const share::HandOut h = plan("SAL", "2026-12");
    EXPECT_EQ((std::vector<std::string>{"SAL-REV 2026-12", "SAL-B2B 2026-Q4"}), actualKeys(h));
}

TEST(ShareHandOut, PlanIsTheMasterRowsTargetElseTheKpisTarget) {
    // SAL-REV 2026-12 has a master row with plan 95; SAL-B2B Q4 has none → the KPI's 40.
    const share::HandOut h = plan("SAL", "2026-12");
    ASSERT_EQ(2u, h.actuals.size());
    EXPECT_DOUBLE_EQ(95, h.actuals[0].plan);
    EXPECT_DOUBLE_EQ(40, h.actuals[1].plan);
}

TEST(ShareHandOut, DeliveriesAreTheRequestsItProvidesDueInThePeriod) {
    // SAL provides R02 (monthly, due day 5 → 05.12.2026) and R03 (quarterly, due day 15 of the
    // quarter's first month → 15.10.2026, not in December). R01 is provided by MKT.
    const share::HandOut h = plan("SAL", "2026-12");
    EXPECT_EQ((std::vector<std::string>{"R02 2026-12"}), deliveryKeys(h));
    EXPECT_EQ(day(2026, 12, 5), h.deliveries[0].due);
    EXPECT_EQ("MKT", h.deliveries[0].from);
}

TEST(ShareHandOut, RequestsCopyHoldsEveryRequestTheDepartmentIsPartOf) {
    // SAL asks for R01 and provides R02 and R03; R04 is LOG → MKT.
    EXPECT_EQ((std::vector<std::string>{"R01", "R02", "R03"}), plan("SAL", "2026-12").requests);
}

// --- other periods ---

TEST(ShareHandOut, NovemberLeavesTheQuarterlyKpiOut) {
    // Q4 does not end in November. The SAL-REV 2026-11 master row has no plan → target 100.
    const share::HandOut h = plan("SAL", "2026-11");
    EXPECT_EQ((std::vector<std::string>{"SAL-REV 2026-11"}), actualKeys(h));
    EXPECT_DOUBLE_EQ(100, h.actuals[0].plan);
}

TEST(ShareHandOut, AQuarterGivesItsThreeMonthsAndTheQuarter) {
    // 2026-Q4: SAL-REV for October, November, December and SAL-B2B for Q4; R02 due 5 Oct,
    // 5 Nov, 5 Dec and R03 due 15 Oct.
    const share::HandOut h = plan("SAL", "2026-Q4");
    EXPECT_EQ((std::vector<std::string>{"SAL-REV 2026-10", "SAL-REV 2026-11", "SAL-REV 2026-12",
                                        "SAL-B2B 2026-Q4"}),
              actualKeys(h));
    EXPECT_EQ(
        (std::vector<std::string>{"R02 2026-10", "R02 2026-11", "R02 2026-12", "R03 2026-Q4"}),
        deliveryKeys(h));
}

TEST(ShareHandOut, ReturnByIsFiveDaysAfterThePeriod) {
    EXPECT_EQ(day(2027, 1, 5), plan("SAL", "2026-12").returnBy);
}

// --- the stamp ---

TEST(ShareHandOut, StampNamesMasterDepartmentPeriodAndTheRowsHash) {
    const share::HandOut h = plan("MKT", "2026-12");
    EXPECT_EQ("master-1", h.stamp.masterId);
    EXPECT_EQ("MKT", h.stamp.department);
    EXPECT_EQ("2026-12", h.stamp.period);
    EXPECT_EQ(share::HandOutPlan::rowsHash(h), h.stamp.rowsHash);
    EXPECT_EQ(40u, h.stamp.rowsHash.size());
    EXPECT_NE(plan("SAL", "2026-12").stamp.rowsHash, h.stamp.rowsHash);
}

TEST(ShareHandOut, StampRoundTripsThroughTheDocumentProperties) {
    const share::Stamp stamp = plan("MKT", "2026-12").stamp;
    std::map<std::string, std::string> properties;
    for (const auto& [name, value] : stamp.properties())
        properties[name] = value;
    const std::optional<share::Stamp> back = share::Stamp::fromProperties(properties);
    ASSERT_TRUE(back);
    EXPECT_EQ(stamp.masterId, back->masterId);
    EXPECT_EQ(stamp.rowsHash, back->rowsHash);
    properties.erase("ConcordShareMaster");
    EXPECT_FALSE(share::Stamp::fromProperties(properties));
}

TEST(ShareHandOut, MasterIdIsTheDeclaredOneElseAHashOfDepartmentsAndKpis) {
    const model::Workbook workbook = shareReader().read(shareMaster(), calcNullDate);
    EXPECT_EQ("PMO-2026", share::Stamp::masterIdOf(workbook, "PMO-2026"));
    const std::string computed = share::Stamp::masterIdOf(workbook, "");
    EXPECT_EQ(40u, computed.size());
    model::Workbook renamed = workbook;
    renamed.departments[0].name = "Sales and B2B";
    EXPECT_NE(computed, share::Stamp::masterIdOf(renamed, ""));
}

TEST(ShareHandOut, UnknownDepartmentThrows) {
    EXPECT_THROW(plan("XXX", "2026-12"), common::Error);
}

// --- the book ---

TEST(ShareHandOut, BookHasAboutActualsDeliveriesAndTheRequestsCopy) {
    const share::HandOut h = plan("SAL", "2026-12");
    const share::HandOutBook book =
        share::HandOutBook::make(h, shareMaster(), shareReader().schema(),
                                 concord::test::shareTexts(), common::Language::En);
    ASSERT_EQ(4u, book.sheets.size());
    EXPECT_EQ("About", book.sheets[0].name);
    EXPECT_EQ("Actuals", book.sheets[1].name);
    EXPECT_EQ("Deliveries", book.sheets[2].name);
    EXPECT_EQ("Requests", book.sheets[3].name);
    // Actuals: header + 2 rows; Value (F) is a number to fill, Comment (G) free.
    const common::Grid& actuals = book.sheets[1].cells;
    EXPECT_EQ(3u, actuals.rows());
    EXPECT_EQ(common::Cell(std::string("Value")), actuals.at(0, 5));
    EXPECT_EQ(common::Cell(std::string("2026-12")), actuals.at(1, 3));
    EXPECT_EQ(common::Cell(95.0), actuals.at(1, 4));
    EXPECT_EQ(common::Cell(), actuals.at(1, 5));
    EXPECT_EQ(5u, book.sheets[1].fill[0].col);
    EXPECT_EQ(share::FillColumn::Check::Number, book.sheets[1].fill[0].check);
    EXPECT_EQ(share::FillColumn::Check::Date, book.sheets[2].fill[0].check);
    // Requests copy: header + R01, R02, R03.
    EXPECT_EQ(4u, book.sheets[3].cells.rows());
    EXPECT_EQ(4u, book.properties.size());
    EXPECT_EQ("SAL 2026-12.xlsx", share::HandOutBook::fileName(h, "xlsx"));
}

TEST(ShareHandOut, RequestsCopyShowsADueDayThatIsADateAsADate) {
    // R01's due day made a date serial (46387 = 31.12.2026, above 31: a date); R02 keeps its
    // day number 5. The copy (header, R01, R02, R03) marks only R01's due day as a date.
    std::vector<model::RawSheet> master = shareMaster();
    std::size_t dueCol = 0;
    for (model::RawSheet& sheet : master) {
        if (sheet.name != "Requests")
            continue;
        for (std::size_t c = 0; c < sheet.cells.cols(); ++c)
            if (sheet.cells.at(0, c) == common::Cell(std::string("Due day")))
                dueCol = c;
        for (std::size_t r = 1; r < sheet.cells.rows(); ++r)
            if (sheet.cells.at(r, 0) == common::Cell(std::string("R01")))
                sheet.cells.at(r, dueCol) = common::Cell(46387.0);
    }
    ASSERT_NE(0u, dueCol);
    const share::HandOutBook book =
        share::HandOutBook::make(plan("SAL", "2026-12"), master, shareReader().schema(),
                                 concord::test::shareTexts(), common::Language::En);
    const share::HandOutSheet& copy = book.sheets[3];
    ASSERT_EQ("Requests", copy.name);
    EXPECT_EQ(common::Cell(46387.0), copy.cells.at(1, dueCol));
    EXPECT_EQ((std::vector<std::pair<std::size_t, std::size_t>>{{1, dueCol}}), copy.dateCells);
}

TEST(ShareHandOut, RussianMasterGetsARussianBook) {
    const share::HandOut h = plan("SAL", "2026-12");
    const share::HandOutBook book =
        share::HandOutBook::make(h, shareMaster(), shareReader().schema(),
                                 concord::test::shareTexts(), common::Language::Ru);
    EXPECT_EQ("О файле", book.sheets[0].name);
    EXPECT_EQ("Факт", book.sheets[1].name);
    EXPECT_EQ("Поставки", book.sheets[2].name);
    EXPECT_EQ(common::Cell(std::string("Значение")), book.sheets[1].cells.at(0, 5));
}

TEST(ShareHandOut, EveryTextExistsInBothLanguages) {
    const share::Texts& texts = concord::test::shareTexts();
    for (const std::string& id : texts.ids()) {
        EXPECT_FALSE(texts.text(id, common::Language::En).empty()) << id;
        EXPECT_FALSE(texts.text(id, common::Language::Ru).empty()) << id;
    }
}
