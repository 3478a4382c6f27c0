#pragma once

#include "GeneratorSheetView.hpp"
#include "GeneratorWorkbook.hpp"
#include "cli/office/CalcDocument.hpp"

#include <org/concord/GenerationResult.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace concord::integration {

/// Fixture of the generator tests: a new hidden Calc document per test in the binary's
/// shared office, and the calls a user (or the sidebar) makes: write the input tables,
/// run org.concord.Generator, undo; plus what the tests compare: sheet names, a sheet's
/// values, a fingerprint of a sheet's contents.
class GeneratorFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    cli::CalcDocument& document() { return *_document; }

    /// Writes the test workbook (GeneratorWorkbook) into the document.
    void writeWorkbook(const GeneratorWorkbook::Options& options = {});
    /// Runs XGenerator::build on the document.
    org::concord::GenerationResult build(const std::string& period = {},
                                         const std::string& language = {},
                                         const std::string& what = "all");
    /// The report of a result, parsed.
    static nlohmann::json report(const org::concord::GenerationResult& result);
    /// The texts of a sequence.
    static std::vector<std::string> strings(const css::uno::Sequence<rtl::OUString>& texts);

    /// The names of the document's sheets, in order.
    std::vector<std::string> sheetNames() const;
    /// The sheet named name. Fails the test (throws) when there is none.
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(const std::string& name) const;
    /// The values of the sheet named name.
    GeneratorSheetView view(const std::string& name) const;
    /// Inserts a sheet named name at the end holding rows (one setDataArray; a formula is
    /// a text starting with '=' written with setFormulaArray).
    void addSheet(const std::string& name, const std::vector<std::vector<css::uno::Any>>& rows);
    /// Every value and formula of the sheet's used area, as one text (getDataArray and
    /// getFormulaArray), to compare a sheet before and after.
    std::string contents(const std::string& name) const;
    /// name → contents() of each sheet of the document.
    std::map<std::string, std::string> allContents() const;
    /// contents() of a sheet of any document.
    static std::string contents(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
    /// allContents() of any document.
    static std::map<std::string, std::string>
    allContents(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    /// The names of a document's sheets, in order.
    static std::vector<std::string>
    sheetNames(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    /// Sets the one Actuals cell (of the test workbook's first 50 rows × 6 columns) that holds
    /// from to to. Fails the test when there is none.
    void changeActual(double from, double to);
    /// Edit ▸ Undo (XUndoManager::undo).
    void undo();
    /// The titles on the document's undo stack, top first.
    std::vector<std::string> undoTitles() const;

private:
    std::optional<cli::CalcDocument> _document;
};

} // namespace concord::integration
