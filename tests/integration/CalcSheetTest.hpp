#pragma once

#include "CellResult.hpp"
#include "FormulaCase.hpp"
#include "cli/office/CalcDocument.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace concord::integration {

/// Fixture: a new hidden Calc document per test in the binary's shared office, closed
/// afterwards. Layout convention of the tests: formulas go to column A (expected dates to
/// column B), input data to columns C–H, and column Z stays empty, so Z1, Z2… are
/// "references to an empty cell".
class CalcSheetTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    cli::CalcDocument& document() { return *_document; }
    css::uno::Reference<css::sheet::XSpreadsheet> sheet() const;
    css::uno::Reference<css::table::XCell> cell(const std::string& address) const;

    /// Writes rows into the range (e.g. "C1:D3") in one setDataArray call. Use number(),
    /// text() and empty() for the values.
    void setData(const std::string& range, const std::vector<std::vector<css::uno::Any>>& rows);
    static css::uno::Any number(double value);
    static css::uno::Any text(const std::string& value);
    /// An empty cell (setDataArray leaves it empty).
    static css::uno::Any empty();

    /// Writes formula into the cell at address (XCell::setFormula).
    void setFormula(const std::string& address, const std::string& formula);
    /// The formula as the UI shows it (FormulaLocal: UI-language function names and
    /// separators), e.g. "=KPI.ATTAINMENT(8,10)" in English, "=КПЭ.ДОСТИЖЕНИЕ(8,10)" in Russian.
    std::string formulaLocal(const std::string& address) const;
    /// Types a formula as a user would, in the UI language (sets FormulaLocal).
    void setFormulaLocal(const std::string& address, const std::string& formula);
    /// Reads a cell's result (call recalculate() first).
    CellResult result(const std::string& address) const;
    void recalculate() { _document->recalculate(); }

    /// Writes every case into column A (A1, A2…), recalculates once and checks each result
    /// against its expectation; a failure names the formula.
    void check(const std::vector<FormulaCase>& cases);
    /// The comparing half of check(): reads A1… (and B1… for dates) without writing.
    void verify(const std::vector<FormulaCase>& cases);

private:
    std::optional<cli::CalcDocument> _document;
};

} // namespace concord::integration
