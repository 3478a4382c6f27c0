// Due day may be a date (DESIGN §2): a date cell (a Calc serial above 31) or a date text
// is the due date itself. A once request needs one; its one period is judged like any
// other (delivered by the date: on time, else missed; not agreed: ladder 1). A recurring
// request takes its due day from the date (day of month; ISO weekday for week).
#include "core/common/CivilDate.hpp"
#include "core/report/DueDate.hpp"
#include "core/report/RequestResult.hpp"
#include "support/ReaderSupport.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::Fields;
using concord::test::WorkbookBuilder;
using readertest::problems;
using readertest::reader;

namespace {

long day(int year, int month, int dayOfMonth) {
    return daysFromCivil({year, month, dayOfMonth});
}

/// Calc serial 46341 from the null date 1899-12-30 is 2026-11-15 (day 20772 since
/// 1970-01-01 = serial 25569: 25569 + 20772 = 46341), a Sunday.
const double nov15Serial = 46341;
const long nov15 = day(2026, 11, 15);

/// Departments S (Sales, weight 2) and M (Marketing, under S) and the monthly KPI K1 of
/// Sales (leads, target 100): what the requests below refer to.
WorkbookBuilder sales() {
    WorkbookBuilder book;
    book.department("S", "Sales", {{"head", "Anna"}, {"weight", 2.0}})
        .department("M", "Marketing", {{"head", "Boris"}, {"parent", "S"}})
        .kpi("K1", "Leads", "S", 100.0);
    return book;
}

/// Request cells: Frequency, Due day and, when given, Agreed.
Fields cells(const Cell& frequency, const Cell& dueDay, const Cell& agreed = Cell()) {
    Fields out = {{"frequency", frequency}, {"due_day", dueDay}};
    if (!std::holds_alternative<std::monostate>(agreed))
        out.emplace_back("agreed", agreed);
    return out;
}

/// The once request R9 (S → M, price list, due 15.11.2026) and, unless deliveredOn is empty,
/// its one delivery on that date (a Calc serial), read and judged as of asOf.
RequestResult judge(bool agreed, const Cell& deliveredOn, long asOf) {
    WorkbookBuilder book = sales();
    book.request("R9", "S", "M", "price list", cells("once", nov15Serial, agreed ? "yes" : "no"));
    if (!std::holds_alternative<std::monostate>(deliveredOn))
        book.delivery("R9", nov15Serial, deliveredOn);
    const Workbook workbook = book.read();
    EXPECT_TRUE(workbook.problems.empty())
        << "the fixture has " << workbook.problems.size() << " problems";
    std::vector<const Delivery*> rows;
    for (const Delivery& delivery : workbook.deliveries)
        rows.push_back(&delivery);
    return evaluateRequest(workbook.requests.at(0), rows, day(2026, 1, 1), asOf);
}

} // namespace

TEST(RequestDueDate, ADateCellOrTextIsTheDueDate) {
    const Workbook workbook = sales()
                                  .request("R1", "S", "M", "x", cells("once", nov15Serial, "yes"))
                                  // a Russian date text
                                  .request("R2", "S", "M", "x", cells("однократно", "15.11.2026"))
                                  // an ISO date text
                                  .request("R3", "S", "M", "x", cells("once", "2026-11-15"))
                                  // recurring: day of month 15
                                  .request("R4", "S", "M", "x", cells("month", nov15Serial))
                                  // recurring weekly: Sunday = 7
                                  .request("R5", "S", "M", "x", cells("week", "15.11.2026"))
                                  // a day number as before
                                  .request("R6", "S", "M", "x", cells("month", 10.0))
                                  .read();
    EXPECT_EQ(std::vector<std::string>{}, problems(workbook));
    ASSERT_EQ(6u, workbook.requests.size());
    for (std::size_t i = 0; i < 3; ++i) {
        SCOPED_TRACE(workbook.requests[i].id);
        EXPECT_EQ(nov15, workbook.requests[i].dueDate);
        EXPECT_FALSE(workbook.requests[i].dueDay);
    }
    EXPECT_EQ(nov15, workbook.requests[3].dueDate);
    EXPECT_EQ(15, workbook.requests[3].dueDay);
    EXPECT_EQ(7, workbook.requests[4].dueDay);
    EXPECT_FALSE(workbook.requests[5].dueDate);
    EXPECT_EQ(10, workbook.requests[5].dueDay);
}

TEST(RequestDueDate, OnceWithoutADateIsAProblemAtItsCell) {
    // columns ID, From, To, What, Frequency, Due day (F), Agreed: rows 2–4
    const Workbook workbook = sales()
                                  // F2: empty, even though not agreed
                                  .request("R1", "S", "M", "x", cells("once", Cell(), "no"))
                                  // F3: a day number is no date
                                  .request("R2", "S", "M", "x", cells("once", 15.0))
                                  // F4: neither a day nor a date
                                  .request("R3", "S", "M", "x", cells("month", 0.0))
                                  .read();
    EXPECT_EQ((std::vector<std::string>{"Requests!F2 input.once_without_date R1",
                                        "Requests!F3 input.once_without_date R2",
                                        "Requests!F4 input.not_a_day 0"}),
              problems(workbook));
    EXPECT_TRUE(workbook.requests.empty());
    EXPECT_EQ("Лист «Requests», ячейка F2: однократному запросу R1 нужна здесь дата срока, "
              "например 15.11.2026 или 2026-11-15",
              reader().messages().render(workbook.problems[0], Language::Ru));
    EXPECT_EQ("Sheet 'Requests', cell F2: the one-off request R1 needs its due date here, a date "
              "such as 2026-11-15 or 15.11.2026",
              reader().messages().render(workbook.problems[0], Language::En));
}

TEST(RequestDueDate, OnceWithoutADueDayColumnIsAProblemAtFrequency) {
    // columns ID, From, To, What, Frequency (E): no Due day column
    const Workbook workbook = sales().request("R1", "S", "M", "x", {{"frequency", "once"}}).read();
    EXPECT_EQ(std::vector<std::string>{"Requests!E2 input.once_without_date R1"},
              problems(workbook));
}

TEST(RequestDueDate, OncePeriodIsDueOnItsDate) {
    EXPECT_EQ(nov15, dueDate({Frequency::Once, 0, 1}, std::nullopt, nov15));
    EXPECT_FALSE(dueDate({Frequency::Once, 0, 1}, 10));
}

TEST(RequestDueDate, OnceRequestJudgedLikeAnyOther) {
    const long novEnd = day(2026, 11, 30); // P = 2026-11
    struct Case {
        const char* name;
        bool agreed;
        Cell delivered; ///< the Delivered on cell; empty: no delivery row
        long asOf;
        std::optional<RequestState> status;
        int ladder;
    };
    const Case cases[] = {
        // delivered 14 Nov ≤ due 15 Nov: on time, nothing to do
        {"on time", true, concord::test::date(2026, 11, 14), novEnd, RequestState::OnTime, 0},
        // delivered on the due day itself: still on time
        {"on the day", true, nov15Serial, novEnd, RequestState::OnTime, 0},
        // delivered 20 Nov > 15 Nov: late = missed once (1 in a row, 1 of 4) → step 1
        {"late", true, concord::test::date(2026, 11, 20), novEnd, RequestState::Late, 1},
        // nothing by 30 Nov, due 15 Nov ≤ 30 Nov: overdue = missed once → step 1
        {"overdue", true, Cell(), novEnd, RequestState::Overdue, 1},
        // as of 31 Oct the date has not come: open, not judged → step 0
        {"open", true, Cell(), day(2026, 10, 31), RequestState::Open, 0},
        // not agreed: nothing owed, step 1 (agree directly)
        {"not agreed", false, Cell(), novEnd, std::nullopt, 1},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const RequestResult report = judge(c.agreed, c.delivered, c.asOf);
        EXPECT_EQ(c.status, report.status);
        EXPECT_EQ(c.ladder, report.ladder);
        if (c.agreed) {
            ASSERT_EQ(1u, report.periods.size());
            EXPECT_EQ(nov15, report.periods[0].due);
        }
    }
}
