// Concord formulas survive saving and reopening: stored with storeToURL, closed, loaded
// again, they compute the same values and read with the same names. What "the names" are
// depends on the grammar (observed in 7.4):
//  - FormulaLocal (the UI) shows the display names: =KPI.ATTAINMENT(8,10,,"down");
//  - XCell::getFormula (the API grammar, PODF) shows the programmatic name, upper-cased:
//    =ORG.CONCORD.FUNCTIONS.KPIATTAINMENT(8;10;;"down"), already before saving;
//  - XArrayFormulaRange::getArrayFormula shows the display names: {=KPI.STATUS(C1:C2)}.
// The files hold ORG.CONCORD.FUNCTIONS.KPIATTAINMENT(…) too: .ods as of:=…, and .xlsx as
// well (7.4 has no Excel-name mapping of add-in functions for OOXML export).
#include "CalcSheetTest.hpp"
#include "OfficeEnvironment.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <Poco/File.h>
#include <Poco/TemporaryFile.h>

namespace concord::integration {

namespace {

using E = Expected;

/// Formulas in A1…, with what they give (worked out as in the kpi/request/smart tests).
const std::vector<FormulaCase> storedCases = {
    {"=KPI.ATTAINMENT(8;10;;\"down\")", E::number(1.2)}, // 1 - (8 - 10) / 10
    {"=KPI.SCORE(15;10)", E::number(1.2)},               // 1.5 capped at 1.2
    {"=KPI.WEIGHTED(C1:C2;D1:D2)", E::number(2.5 / 3)},  // (1*2 + 0.5*1) / 3
    {"=REQ.NEXTDUE(\"month\";DATE(2026;1;31))", E::date(2026, 2, 28)},
    {"=REQ.STATUS(DATE(2026;3;10);DATE(2026;3;11))", E::text("late")},
    {"=SMART.MISSING(\"Improve UX\")", E::text("S,M,A,R,T")},
    {"=KPI.ABTEST(45;100;55;100)", E::number(0.15729920705028513)}, // erfc(1)
};

/// "=KPI.SCORE(15;10)" -> "=KPI.SCORE(": how FormulaLocal must begin.
std::string displayPrefix(const std::string& formula) {
    return formula.substr(0, formula.find('(') + 1);
}

} // namespace

class RoundTrip : public CalcSheetTest {
protected:
    void SetUp() override {
        CalcSheetTest::SetUp();
        _path = Poco::TemporaryFile::tempName();
    }
    void TearDown() override {
        CalcSheetTest::TearDown();
        for (const char* extension : {".ods", ".xlsx"}) {
            Poco::File file(_path + extension);
            if (file.exists())
                file.remove();
        }
    }

    std::string arrayFormula(const std::string& range) const {
        css::uno::Reference<css::table::XCellRange> cells(sheet(), css::uno::UNO_QUERY_THROW);
        return ::concord::uno::toUtf8(
            css::uno::Reference<css::sheet::XArrayFormulaRange>(
                cells->getCellRangeByName(::concord::uno::fromUtf8(range)),
                css::uno::UNO_QUERY_THROW)
                ->getArrayFormula());
    }

    /// Both spellings of every formula (A1…, then the array F1:F2).
    std::vector<std::string> formulaTexts() const {
        std::vector<std::string> texts;
        for (std::size_t i = 0; i < storedCases.size(); ++i) {
            const std::string address = "A" + std::to_string(i + 1);
            texts.push_back(formulaLocal(address));
            texts.push_back(::concord::uno::toUtf8(cell(address)->getFormula()));
        }
        texts.push_back(arrayFormula("F1:F2"));
        return texts;
    }

    /// Fills the document, stores it with filter, closes it and loads the stored file.
    void storeAndReload(const std::string& extension, const std::string& filter) {
        setData("C1:D2", {{number(1), number(2)}, {number(0.5), number(1)}});
        css::uno::Reference<css::table::XCellRange> cells(sheet(), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XArrayFormulaRange>(cells->getCellRangeByName("F1:F2"),
                                                            css::uno::UNO_QUERY_THROW)
            ->setArrayFormula("=KPI.STATUS(C1:C2)");
        check(storedCases);
        _textsBefore = formulaTexts();
        document().storeAs(_path + extension, filter);
        document().close();
        document() = cli::CalcDocument::load(OfficeEnvironment::office(), _path + extension);
    }

    void expectSameFormulasAndValues() {
        recalculate();
        verify(storedCases);
        EXPECT_EQ(1, result("F1").value);  // KPI.STATUS(1): 1 >= 0.95, green
        EXPECT_EQ(-1, result("F2").value); // KPI.STATUS(0.5): < 0.7, red
        EXPECT_EQ(_textsBefore, formulaTexts());
        for (std::size_t i = 0; i < storedCases.size(); ++i)
            EXPECT_EQ(0U, formulaLocal("A" + std::to_string(i + 1))
                              .rfind(displayPrefix(storedCases[i].formula), 0))
                << formulaLocal("A" + std::to_string(i + 1));
        EXPECT_EQ("{=KPI.STATUS(C1:C2)}", arrayFormula("F1:F2"));
        EXPECT_EQ("=ORG.CONCORD.FUNCTIONS.KPIATTAINMENT(8;10;;\"down\")",
                  ::concord::uno::toUtf8(cell("A1")->getFormula())); // the API grammar
    }

    std::string _path;
    std::vector<std::string> _textsBefore;
};

TEST_F(RoundTrip, OdsKeepsFormulasAndValues) {
    storeAndReload(".ods", "calc8");
    expectSameFormulasAndValues();
}

TEST_F(RoundTrip, XlsxKeepsFormulasAndValuesInLibreOffice) {
    storeAndReload(".xlsx", "Calc MS Excel 2007 XML");
    expectSameFormulasAndValues();
}

} // namespace concord::integration
