// KPI.ATTAINMENT and KPI.SCORE entered as array formulas over ranges: one result per row.
// Input C1:D6 (actual, target); rows 3 and 4 have no number, row 5 has t = 0 without b.
#include "CalcSheetTest.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/table/XCellRange.hpp>

namespace concord::integration {

class ArrayFormulas : public CalcSheetTest {
protected:
    void SetUp() override {
        CalcSheetTest::SetUp();
        setData("C1:D6", {{number(8), number(10)},
                          {number(12), number(10)},
                          {empty(), number(10)},
                          {text("n/a"), number(10)},
                          {number(5), number(0)},
                          {number(9), number(10)}});
    }

    void setArrayFormula(const std::string& range, const std::string& formula) {
        css::uno::Reference<css::table::XCellRange> cells(sheet(), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XArrayFormulaRange>(
            cells->getCellRangeByName(::concord::uno::fromUtf8(range)), css::uno::UNO_QUERY_THROW)
            ->setArrayFormula(::concord::uno::fromUtf8(formula));
    }

    void expectNumber(const std::string& address, double expected) {
        SCOPED_TRACE(address);
        const CellResult cell = result(address);
        EXPECT_EQ(0, cell.error) << cell.text;
        EXPECT_FALSE(cell.isText) << cell.text;
        EXPECT_NEAR(expected, cell.value, 1e-9);
    }

    /// A position without input shows nothing. Calc 7.4 keeps it as an empty matrix
    /// element: no error, displayed as "", a number result with value 0 (not a text).
    void expectBlank(const std::string& address) {
        SCOPED_TRACE(address);
        const CellResult cell = result(address);
        EXPECT_EQ(0, cell.error);
        EXPECT_EQ("", cell.text);
        EXPECT_FALSE(cell.isText);
        EXPECT_EQ(0, cell.value);
    }

    void expectError(const std::string& address, int code) {
        SCOPED_TRACE(address);
        EXPECT_EQ(code, result(address).error);
    }
};

TEST_F(ArrayFormulas, AttainmentGivesOneResultPerRow) {
    setArrayFormula("A1:A6", "=KPI.ATTAINMENT(C1:C6;D1:D6)");
    recalculate();
    expectNumber("A1", 0.8);                          // 1 + (8 - 10) / 10
    expectNumber("A2", 1.2);                          // 1 + (12 - 10) / 10
    expectBlank("A3");                                // empty actual
    expectBlank("A4");                                // text actual
    expectError("A5", Expected::illegalArgumentCode); // t = 0 without b: this cell only
    expectNumber("A6", 0.9);                          // 1 + (9 - 10) / 10
}

TEST_F(ArrayFormulas, ScoreWithAScalarDirectionGivesOneResultPerRow) {
    setArrayFormula("A1:A6", "=KPI.SCORE(C1:C6;D1:D6;;\"down\")");
    recalculate();
    expectNumber("A1", 1.2); // 1 - (8 - 10) / 10
    expectNumber("A2", 0.8); // 1 - (12 - 10) / 10
    expectBlank("A3");
    expectBlank("A4");
    expectError("A5", Expected::illegalArgumentCode);
    expectNumber("A6", 1.1); // 1 - (9 - 10) / 10
}

TEST_F(ArrayFormulas, AScalarTargetAppliesToEveryRow) {
    setArrayFormula("A1:A6", "=KPI.ATTAINMENT(C1:C6;10)");
    recalculate();
    expectNumber("A1", 0.8);
    expectNumber("A2", 1.2);
    expectBlank("A3");
    expectBlank("A4");
    expectNumber("A5", 0.5); // 1 + (5 - 10) / 10: now t = 10
    expectNumber("A6", 0.9);
}

} // namespace concord::integration
