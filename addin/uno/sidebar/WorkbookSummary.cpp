#include "WorkbookSummary.hpp"

#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"
#include "core/common/Today.hpp"
#include "core/model/CountedTables.hpp"
#include "core/model/Reader.hpp"
#include "core/report/ChosenPeriod.hpp"
#include "uno/commands/UiTexts.hpp"
#include "uno/generator/GeneratedRegistry.hpp"
#include "uno/generator/SheetReader.hpp"
#include "uno/text/UnoText.hpp"

namespace concord::uno {

namespace {

/// The summary of the sheets read; with counts only, the counts and departments alone.
WorkbookSummary summarize(const std::vector<core::model::RawSheet>& sheets,
                          const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const UiTexts& texts, const core::model::Reader& reader,
                          bool countsOnly) {
    WorkbookSummary summary;
    core::model::Workbook workbook;
    try {
        workbook = reader.read(sheets, SheetReader::nullDate(document), texts.language());
    } catch (const core::common::Error& error) {
        if (error.category() != core::common::Error::Category::Input)
            throw;
        summary.unusable = error.what();
        return summary;
    }
    summary.departmentCount = workbook.departments.size();
    summary.kpiCount = workbook.kpis.size();
    summary.goalCount = workbook.goals.size();
    summary.requestCount = workbook.requests.size();
    for (const core::model::Department& department : workbook.departments)
        summary.departments.push_back({department.code, department.name});
    if (countsOnly)
        return summary;
    const long today = core::common::daysFromCivil(core::common::localToday());
    summary.periods = core::report::periodLabels(workbook, today);
    summary.defaultPeriod = core::report::defaultPeriod(workbook, today).label();
    for (const core::model::Problem& problem : workbook.problems) {
        const std::string cell = problem.at.address();
        const std::string message =
            reader.messages().text(problem.id, problem.args, texts.language());
        summary.problems.push_back({problem.at.sheet, problem.at.row, problem.at.col,
                                    texts.text("problem.line", {problem.at.sheet, cell, message}),
                                    reader.messages().render(problem, texts.language())});
    }
    return summary;
}

} // namespace

WorkbookSummary
WorkbookSummary::read(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const UiTexts& texts, const core::model::Reader& reader) {
    const auto sheets = SheetReader::read(document, GeneratedRegistry::load(document).names());
    return summarize(sheets, document, texts, reader, false);
}

WorkbookSummary
WorkbookSummary::readCounts(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                            const UiTexts& texts, const core::model::Reader& reader) {
    std::vector<std::string> names;
    for (const rtl::OUString& name : document->getSheets()->getElementNames())
        names.push_back(toUtf8(name));
    std::set<std::string> skip = core::model::CountedTables::skipped(reader.schema(), names);
    for (const std::string& generated : GeneratedRegistry::load(document).names())
        skip.insert(generated);
    return summarize(SheetReader::read(document, skip), document, texts, reader, true);
}

} // namespace concord::uno
