// The REQ.* functions in Calc, against DESIGN §4. Dates are checked through =DATE() in the
// same document. Z1 is an empty cell. Today is after 2025-11-27 and before 2100.
#include "CalcSheetTest.hpp"

namespace concord::integration {

namespace {

using E = Expected;

} // namespace

class RequestFunctions : public CalcSheetTest {};

TEST_F(RequestFunctions, StatusOfDeliveredAndOpenRequests) {
    check({
        {"=REQ.STATUS(DATE(2026;3;10);DATE(2026;3;10))", E::text("on time")},  // on the due day
        {"=REQ.STATUS(DATE(2026;3;10);DATE(2026;3;9))", E::text("on time")},   // before it
        {"=REQ.STATUS(DATE(2026;3;10);DATE(2026;3;11))", E::text("late")},     // a day after
        {"=REQ.STATUS(DATE(2026;3;10);;DATE(2026;3;10))", E::text("open")},    // today = due
        {"=REQ.STATUS(DATE(2026;3;10);;DATE(2026;3;11))", E::text("overdue")}, // today > due
        {"=REQ.STATUS(DATE(2000;1;1))", E::text("overdue")}, // today's date is after 2000
        {"=REQ.STATUS(DATE(2100;1;1))", E::text("open")},    // and before 2100
        {"=REQ.STATUS(TODAY())", E::text("open")},           // today <= due
        {"=REQ.STATUS(TODAY()-1)", E::text("overdue")},      // today > due
    });
}

TEST_F(RequestFunctions, StatusReadsAnEmptyDeliveredCellAsNotDelivered) {
    check({
        // 0 would be 1899-12-30, before the due date: "on time" if read as a date
        {"=REQ.STATUS(DATE(2026;3;10);Z1;DATE(2026;3;11))", E::text("overdue")},
        {"=REQ.STATUS(DATE(2026;3;10);0;DATE(2026;3;9))", E::text("open")},
        {"=REQ.STATUS(DATE(2000;1;1);Z1;Z1)", E::text("overdue")}, // empty today: today
        {"=REQ.STATUS(DATE(2100;1;1);Z1;Z1)", E::text("open")},
        {"=REQ.STATUS(\"soon\")", E::illegalArgument()}, // not a date
    });
}

TEST_F(RequestFunctions, NextDueMovesByFrequencyAndClampsToTheMonthEnd) {
    check({
        {"=REQ.NEXTDUE(\"month\";DATE(2026;1;31))", E::date(2026, 2, 28)},   // day 31 clamped
        {"=REQ.NEXTDUE(\"month\";DATE(2024;1;30))", E::date(2024, 2, 29)},   // leap year
        {"=REQ.NEXTDUE(\"month\";DATE(2026;2;28))", E::date(2026, 3, 28)},   // last's day 28
        {"=REQ.NEXTDUE(\"MONTH\";DATE(2026;12;15))", E::date(2027, 1, 15)},  // any case; year
        {"=REQ.NEXTDUE(\"месяц\";DATE(2026;1;15))", E::date(2026, 2, 15)},   // ru word
        {"=REQ.NEXTDUE(\"week\";DATE(2026;1;31))", E::date(2026, 2, 7)},     // + 7 days
        {"=REQ.NEXTDUE(\"неделя\";DATE(2026;12;29))", E::date(2027, 1, 5)},  // + 7 days
        {"=REQ.NEXTDUE(\"quarter\";DATE(2026;1;31))", E::date(2026, 4, 30)}, // April has 30
        {"=REQ.NEXTDUE(\"квартал\";DATE(2026;11;30))", E::date(2027, 2, 28)},
        {"=REQ.NEXTDUE(\"year\";DATE(2024;2;29))", E::date(2025, 2, 28)}, // no Feb 29
    });
}

TEST_F(RequestFunctions, NextDueUsesTheDueDayUnlessEmptyOrZero) {
    check({
        {"=REQ.NEXTDUE(\"month\";DATE(2026;1;15);5)", E::date(2026, 2, 5)},
        {"=REQ.NEXTDUE(\"month\";DATE(2026;1;15);31)", E::date(2026, 2, 28)}, // clamped
        {"=REQ.NEXTDUE(\"год\";DATE(2026;3;10);1)", E::date(2027, 3, 1)},
        {"=REQ.NEXTDUE(\"week\";DATE(2026;1;31);5)", E::date(2026, 2, 7)},    // ignored: + 7
        {"=REQ.NEXTDUE(\"month\";DATE(2026;1;15);Z1)", E::date(2026, 2, 15)}, // last's day
        {"=REQ.NEXTDUE(\"month\";DATE(2026;1;15);0)", E::date(2026, 2, 15)},  // last's day
    });
}

TEST_F(RequestFunctions, NextDueRejectsUnknownFrequencyAndNonDates) {
    check({
        {"=REQ.NEXTDUE(\"fortnight\";DATE(2026;1;15))", E::illegalArgument()},
        {"=REQ.NEXTDUE(\"month\";\"tomorrow\")", E::illegalArgument()},
    });
}

} // namespace concord::integration
