#include "WorkbookSummary.hpp"

#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"
#include "core/common/Today.hpp"
#include "core/model/Reader.hpp"
#include "core/report/ChosenPeriod.hpp"
#include "uno/Runtime.hpp"
#include "uno/commands/UiTexts.hpp"
#include "uno/generator/GeneratedRegistry.hpp"
#include "uno/generator/SheetReader.hpp"

#include <chrono>
#include <cstdio>
namespace concord::uno {

WorkbookSummary
WorkbookSummary::read(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const UiTexts& texts) {
    return read(document, texts, core::model::Reader::load(dataDirectory()));
}

WorkbookSummary
WorkbookSummary::read(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const UiTexts& texts, const core::model::Reader& reader) {
    auto t0 = std::chrono::steady_clock::now();
    auto t1 = std::chrono::steady_clock::now();
    const auto sheets = SheetReader::read(document, GeneratedRegistry::load(document).names());
    auto t2 = std::chrono::steady_clock::now();
    struct P { std::chrono::steady_clock::time_point a,b,c; ~P(){ auto d=std::chrono::steady_clock::now(); std::fprintf(stderr,"TIMING load %.3f snapshot %.3f rest %.3f\n", std::chrono::duration<double>(b-a).count(), std::chrono::duration<double>(c-b).count(), std::chrono::duration<double>(d-c).count()); std::fflush(stderr);} } p{t0,t1,t2};
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

} // namespace concord::uno
