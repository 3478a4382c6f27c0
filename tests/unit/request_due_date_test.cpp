// Due day may be a date (DESIGN §2): a date cell (a Calc serial above 31) or a date text
// is the due date itself. A once request needs one; its one period is judged like any
// other (delivered by the date: on time, else missed; not agreed: ladder 1). A recurring
// request takes its due day from the date (day of month; ISO weekday for week).
#include "core/common/CivilDate.hpp"
#include "core/report/DueDate.hpp"
#include "core/report/RequestResult.hpp"
#include "support/ReaderSupport.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using namespace readertest;

namespace {

long day(int year, int month, int dayOfMonth) {
    return daysFromCivil({year, month, dayOfMonth});
}

/// Calc serial 46341 from the null date 1899-12-30 is 2026-11-15 (day 20772 since
/// 1970-01-01 = serial 25569: 25569 + 20772 = 46341), a Sunday.
const double nov15Serial = 46341;
const long nov15 = day(2026, 11, 15);

Workbook requests(const std::vector<Row>& rows) {
    std::vector<Row> all = {{"ID", "From", "To", "What", "Frequency", "Due day", "Agreed"}};
    all.insert(all.end(), rows.begin(), rows.end());
    return read({departments(), kpis(), sheet("Requests", all)});
}

Request once(bool agreed) {
    Request r;
    r.id = "R9";
    r.from = "S";
    r.to = "M";
    r.what = "price list";
    r.frequency = Frequency::Once;
    r.dueDate = nov15;
    r.agreed = agreed;
    return r;
}

RequestResult judge(const Request& request, std::optional<long> deliveredOn, long asOf) {
    Delivery delivery;
    delivery.request = request.id;
    delivery.period = Period::containing(Frequency::Once, nov15);
    delivery.deliveredOn = deliveredOn;
    std::vector<const Delivery*> rows;
    if (deliveredOn)
        rows.push_back(&delivery);
    return evaluateRequest(request, rows, day(2026, 1, 1), asOf);
}

} // namespace

TEST(RequestDueDate, ADateCellOrTextIsTheDueDate) {
    const Workbook workbook = requests({
        {"R1", "S", "M", "x", "once", nov15Serial, "yes"}, // a date cell
        {"R2", "S", "M", "x", "однократно", "15.11.2026"}, // a Russian date text
        {"R3", "S", "M", "x", "once", "2026-11-15"},       // an ISO date text
        {"R4", "S", "M", "x", "month", nov15Serial},       // recurring: day of month 15
        {"R5", "S", "M", "x", "week", "15.11.2026"},       // recurring weekly: Sunday = 7
        {"R6", "S", "M", "x", "month", 10.0},              // a day number as before
    });
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
    const Workbook workbook = requests({
        {"R1", "S", "M", "x", "once", {}, "no"}, // F2: empty, even though not agreed
        {"R2", "S", "M", "x", "once", 15.0},     // F3: a day number is no date
        {"R3", "S", "M", "x", "month", 0.0},     // F4: neither a day nor a date
    });
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
    const Workbook workbook = read({departments(), kpis(),
                                    sheet("Requests", {{"ID", "From", "To", "What", "Frequency"},
                                                       {"R1", "S", "M", "x", "once"}})});
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
        std::optional<long> delivered;
        long asOf;
        std::optional<RequestState> status;
        int ladder;
    };
    const Case cases[] = {
        // delivered 14 Nov ≤ due 15 Nov: on time, nothing to do
        {"on time", true, day(2026, 11, 14), novEnd, RequestState::OnTime, 0},
        // delivered on the due day itself: still on time
        {"on the day", true, nov15, novEnd, RequestState::OnTime, 0},
        // delivered 20 Nov > 15 Nov: late = missed once (1 in a row, 1 of 4) → step 1
        {"late", true, day(2026, 11, 20), novEnd, RequestState::Late, 1},
        // nothing by 30 Nov, due 15 Nov ≤ 30 Nov: overdue = missed once → step 1
        {"overdue", true, std::nullopt, novEnd, RequestState::Overdue, 1},
        // as of 31 Oct the date has not come: open, not judged → step 0
        {"open", true, std::nullopt, day(2026, 10, 31), RequestState::Open, 0},
        // not agreed: nothing owed, step 1 (agree directly)
        {"not agreed", false, std::nullopt, novEnd, std::nullopt, 1},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const RequestResult report = judge(once(c.agreed), c.delivered, c.asOf);
        EXPECT_EQ(c.status, report.status);
        EXPECT_EQ(c.ladder, report.ladder);
        if (c.agreed) {
            ASSERT_EQ(1u, report.periods.size());
            EXPECT_EQ(nov15, report.periods[0].due);
        }
    }
}
