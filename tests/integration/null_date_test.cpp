// Date serials are those of the calling document: the add-in reads its NullDate. In a
// document whose NullDate is 1904-01-01 every serial is 1462 days smaller than in the
// default 1899-12-30 one, so a function that assumed 1899-12-30 would be 4 years off.
#include "CalcSheetTest.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/util/Date.hpp>

namespace concord::integration {

namespace {

using E = Expected;

} // namespace

class NullDate : public CalcSheetTest {
protected:
    void useNullDate1904() {
        css::uno::Reference<css::beans::XPropertySet>(document().model(), css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("NullDate", css::uno::Any(css::util::Date(1, 1, 1904)));
    }
};

TEST_F(NullDate, DatesFollowA1904NullDate) {
    useNullDate1904();
    check({
        {"=DATE(1904;1;1)", E::number(0)}, // the document really counts from 1904
        // read as 1899-based, the serial of 2026-01-31 is 2022-01-30: next 2022-02-28,
        // which shows as 2026-03-01 here
        {"=REQ.NEXTDUE(\"month\";DATE(2026;1;31))", E::date(2026, 2, 28)},
        {"=REQ.NEXTDUE(\"week\";DATE(2026;1;31))", E::date(2026, 2, 7)},
        // today is halfway from start to deadline: e = 0.5, 50 / (100 * 0.5); a 1899-based
        // today would lie 1462 days later, past the deadline: 0.5
        {"=KPI.PACE(50;100;TODAY()-100;TODAY()+100)", E::number(1)},
        // a 1899-based today would be 1462 days later, after the due date: "overdue"
        {"=REQ.STATUS(TODAY()+1000)", E::text("open")},
        {"=REQ.STATUS(TODAY()-1)", E::text("overdue")},
    });
}

} // namespace concord::integration
