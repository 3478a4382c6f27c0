#include "Build.hpp"

#include "core/Error.hpp"
#include "core/model/HeaderLanguage.hpp"
#include "core/model/WorkbookReader.hpp"
#include "core/report/Report.hpp"
#include "core/report/ReportJson.hpp"
#include "core/report/ReportPeriod.hpp"
#include "core/report/ReportTexts.hpp"
#include "core/sheets/CompanySheet.hpp"
#include "core/sheets/EscalationsSheet.hpp"
#include "core/sheets/RequestsSheet.hpp"
#include "core/sheets/ScorecardSheet.hpp"
#include "core/sheets/SheetContext.hpp"
#include "core/sheets/SmartSheet.hpp"
#include "core/smart/SmartAnalyser.hpp"

namespace concord::core {

namespace {

/// A problem as the user reads it; a problem whose id messages.json lacks still shows its
/// id and values rather than disappearing.
std::string renderProblem(const Messages& messages, const Problem& problem, UiLanguage language) {
    if (messages.has(problem.id))
        return messages.render(problem, language);
    std::string text = problem.at.sheet + " " + problem.at.address() + ": " + problem.id;
    for (const std::string& arg : problem.args)
        text += " " + arg;
    return text;
}

} // namespace

BuildResult build(const std::vector<RawSheet>& sheets, const BuildOptions& options,
                  const std::string& dataDir) {
    const WorkbookReader reader = WorkbookReader::load(dataDir);
    const ReportTexts texts = ReportTexts::load(dataDir + "/sheets.json");
    BuildResult result;
    const HeaderVote vote = HeaderVote::count(reader.schema(), sheets);
    const OutputLanguage chosen =
        OutputLanguage::resolve(options.language, vote, options.documentLanguage);
    const UiLanguage language = chosen.language;
    result.language = language;
    result.languageSource = chosen.source;
    if (chosen.source == LanguageSource::Headers && vote.mixed())
        result.notes.push_back(
            texts.format("note.mixed_headers", language,
                         {{"en", std::to_string(vote.en)}, {"ru", std::to_string(vote.ru)}}));

    result.workbook = reader.read(sheets, options.nullDate, language);
    const Period period = chooseReportPeriod(result.workbook, options.period, options.today);
    result.period = period.label();
    for (const Problem& problem : result.workbook.problems)
        result.messages.push_back(renderProblem(reader.messages(), problem, language));

    const SmartAnalyser analyser(SmartVocabulary::load(dataDir + "/smart.json"));
    const Report report = makeReport(result.workbook, period, analyser, texts, language);

    const SheetContext context(report, texts, language, options.nullDate,
                               timestampText(texts, language, options.generatedAt));
    if (options.scorecards) {
        result.sheets.push_back(companySheet(context));
        for (const DepartmentReport& department : report.departments)
            result.sheets.push_back(scorecardSheet(context, department));
    }
    if (options.smart)
        result.sheets.push_back(smartSheet(context));
    if (options.requests) {
        result.sheets.push_back(requestsSheet(context));
        result.sheets.push_back(escalationsSheet(context));
    }
    result.report = reportJson(report, result.workbook.problems, result.messages);
    return result;
}

} // namespace concord::core
