// REQ.STATUS answers in the calling document's language (its CharLocale), whatever the UI:
// English words in an English document, Russian words in a Russian one, the same formulas.
#include "CalcSheetTest.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/table/XCellRange.hpp>

namespace concord::integration {

namespace {

using E = Expected;

/// due 2026-03-10 in each case; hand-worked from DESIGN §4.
std::vector<FormulaCase> cases(const char* onTime, const char* late, const char* open,
                               const char* overdue) {
    return {
        {"=REQ.STATUS(DATE(2026;3;10);DATE(2026;3;10))", E::text(onTime)}, // delivered on the day
        {"=REQ.STATUS(DATE(2026;3;10);DATE(2026;3;12))", E::text(late)},   // delivered 2 days late
        {"=REQ.STATUS(DATE(2026;3;10);;DATE(2026;3;9))", E::text(open)},   // today before due
        {"=REQ.STATUS(DATE(2026;3;10);;DATE(2026;3;12))", E::text(overdue)}, // today after due
    };
}

} // namespace

class RequestStatusLanguage : public CalcSheetTest {
protected:
    void setDocumentLocale(const char* language, const char* country) {
        css::uno::Reference<css::beans::XPropertySet>(document().model(), css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("CharLocale", css::uno::Any(css::lang::Locale(
                                                 rtl::OUString::createFromAscii(language),
                                                 rtl::OUString::createFromAscii(country), "")));
    }
};

TEST_F(RequestStatusLanguage, RussianDocumentGetsRussianWords) {
    setDocumentLocale("ru", "RU");
    check(cases("в срок", "с опозданием", "открыт", "просрочен"));
}

TEST_F(RequestStatusLanguage, EnglishDocumentGetsEnglishWords) {
    setDocumentLocale("en", "US");
    check(cases("on time", "late", "open", "overdue"));
}

TEST_F(RequestStatusLanguage, ArrayResultInARussianDocument) {
    // due 10, 10, 10 (C1:C3); delivered 12, 9, empty (D1:D3); today 11 for all:
    // 12 > 10 late, 9 ≤ 10 on time, not delivered and 11 > 10 overdue
    setDocumentLocale("ru", "RU");
    setData("C1:D3", {{number(10), number(12)}, {number(10), number(9)}, {number(10), empty()}});
    css::uno::Reference<css::sheet::XArrayFormulaRange>(
        css::uno::Reference<css::table::XCellRange>(sheet(), css::uno::UNO_QUERY_THROW)
            ->getCellRangeByName("A1:A3"),
        css::uno::UNO_QUERY_THROW)
        ->setArrayFormula("=REQ.STATUS(C1:C3;D1:D3;11)");
    recalculate();
    EXPECT_EQ("с опозданием", result("A1").text);
    EXPECT_EQ("в срок", result("A2").text);
    EXPECT_EQ("просрочен", result("A3").text);
}

} // namespace concord::integration
