#include "CalcSheetTest.hpp"

#include "OfficeEnvironment.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/Sequence.hxx>

namespace concord::integration {

void CalcSheetTest::SetUp() {
    _document.emplace(cli::CalcDocument::create(OfficeEnvironment::office()));
}

void CalcSheetTest::TearDown() {
    _document.reset();
}

css::uno::Reference<css::sheet::XSpreadsheet> CalcSheetTest::sheet() const {
    return _document->sheet(0);
}

css::uno::Reference<css::table::XCell> CalcSheetTest::cell(const std::string& address) const {
    css::uno::Reference<css::table::XCellRange> range(sheet(), css::uno::UNO_QUERY_THROW);
    return range->getCellRangeByName(::concord::uno::fromUtf8(address))->getCellByPosition(0, 0);
}

void CalcSheetTest::setData(const std::string& range,
                            const std::vector<std::vector<css::uno::Any>>& rows) {
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        data.getArray()[r] = css::uno::Sequence<css::uno::Any>(
            rows[r].data(), static_cast<sal_Int32>(rows[r].size()));
    css::uno::Reference<css::table::XCellRange> cells(sheet(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XCellRangeData>(
        cells->getCellRangeByName(::concord::uno::fromUtf8(range)), css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);
}

css::uno::Any CalcSheetTest::number(double value) {
    return css::uno::Any(value);
}

css::uno::Any CalcSheetTest::text(const std::string& value) {
    return css::uno::Any(::concord::uno::fromUtf8(value));
}

css::uno::Any CalcSheetTest::empty() {
    return css::uno::Any(rtl::OUString());
}

void CalcSheetTest::setFormula(const std::string& address, const std::string& formula) {
    cell(address)->setFormula(::concord::uno::fromUtf8(formula));
}

std::string CalcSheetTest::formulaLocal(const std::string& address) const {
    rtl::OUString text;
    css::uno::Reference<css::beans::XPropertySet>(cell(address), css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("FormulaLocal") >>= text;
    return ::concord::uno::toUtf8(text);
}

void CalcSheetTest::setFormulaLocal(const std::string& address, const std::string& formula) {
    css::uno::Reference<css::beans::XPropertySet>(cell(address), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("FormulaLocal", css::uno::Any(::concord::uno::fromUtf8(formula)));
}

CellResult CalcSheetTest::result(const std::string& address) const {
    const auto target = cell(address);
    CellResult result;
    result.error = target->getError();
    result.value = target->getValue();
    result.text = ::concord::uno::toUtf8(
        css::uno::Reference<css::text::XTextRange>(target, css::uno::UNO_QUERY_THROW)->getString());
    sal_Int32 type = 0;
    css::uno::Reference<css::beans::XPropertySet>(target, css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("FormulaResultType2") >>= type;
    result.isText = type == css::sheet::FormulaResult::STRING;
    return result;
}

void CalcSheetTest::check(const std::vector<FormulaCase>& cases) {
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const std::string row = std::to_string(i + 1);
        setFormula("A" + row, cases[i].formula);
        if (cases[i].expected.kind() == Expected::Kind::Date)
            setFormula("B" + row, cases[i].expected.dateFormula());
    }
    recalculate();
    verify(cases);
}

void CalcSheetTest::verify(const std::vector<FormulaCase>& cases) {
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const std::string row = std::to_string(i + 1);
        const Expected& expected = cases[i].expected;
        SCOPED_TRACE(cases[i].formula + " should give " + ::testing::PrintToString(expected));
        const CellResult actual = result("A" + row);
        switch (expected.kind()) {
        case Expected::Kind::Number:
            EXPECT_EQ(0, actual.error) << "cell shows " << actual.text;
            EXPECT_FALSE(actual.isText) << "text result \"" << actual.text << '"';
            EXPECT_NEAR(expected.value(), actual.value, 1e-9);
            break;
        case Expected::Kind::Text:
            EXPECT_EQ(0, actual.error) << "cell shows " << actual.text;
            EXPECT_TRUE(actual.isText) << "number result " << actual.value;
            EXPECT_EQ(expected.textValue(), actual.text);
            break;
        case Expected::Kind::Error:
            EXPECT_EQ(expected.errorCode(), actual.error)
                << "cell shows " << actual.text << " (value " << actual.value << ")";
            break;
        case Expected::Kind::AnyError:
            EXPECT_NE(0, actual.error)
                << "cell shows " << actual.text << " (value " << actual.value << ")";
            EXPECT_NE(Expected::unknownNameCode, actual.error) << "the function is unknown";
            break;
        case Expected::Kind::Date: {
            const CellResult date = result("B" + row);
            ASSERT_EQ(0, date.error) << expected.dateFormula() << " itself failed";
            EXPECT_EQ(0, actual.error) << "cell shows " << actual.text;
            EXPECT_EQ(date.value, actual.value)
                << "serial " << actual.value << " is not the serial " << date.value << " of "
                << expected.dateFormula();
            break;
        }
        }
    }
}

} // namespace concord::integration
