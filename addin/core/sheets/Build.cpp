#include "core/sheets/Build.hpp"
#include "core/sheets/Fingerprint.hpp"

#include "core/common/Error.hpp"
#include "core/model/HeaderLanguage.hpp"
#include "core/model/Reader.hpp"
#include "core/report/ChosenPeriod.hpp"
#include "core/report/History.hpp"
#include "core/report/Json.hpp"
#include "core/report/Results.hpp"
#include "core/report/Texts.hpp"
#include "core/sheets/Company.hpp"
#include "core/sheets/Context.hpp"
#include "core/sheets/Escalations.hpp"
#include "core/sheets/People.hpp"
#include "core/sheets/Printing.hpp"
#include "core/sheets/RequestMatrix.hpp"
#include "core/sheets/Scorecard.hpp"
#include "core/sheets/Smart.hpp"
#include "core/smart/Analyser.hpp"

namespace concord::core::sheets {

namespace {

/// A problem as the user reads it; a problem whose id messages.json lacks still shows its
/// id and values rather than disappearing.
std::string renderProblem(const model::Messages& messages, const model::Problem& problem,
                          common::Language language) {
    if (messages.has(problem.id))
        return messages.render(problem, language);
    std::string text = problem.at.sheet + " " + problem.at.address() + ": " + problem.id;
    for (const std::string& arg : problem.args)
        text += " " + arg;
    return text;
}

} // namespace

BuildResult build(const std::vector<model::RawSheet>& sheets, const BuildOptions& options,
                  const std::string& dataDir) {
    const model::Reader reader = model::Reader::load(dataDir);
    const report::Texts texts = report::Texts::load(dataDir + "/sheets.json");
    BuildResult result;
    const model::HeaderVote vote = model::HeaderVote::count(reader.schema(), sheets);
    const model::OutputLanguage chosen =
        model::OutputLanguage::resolve(options.language, vote, options.documentLanguage);
    const common::Language language = chosen.language;
    result.language = language;
    result.languageSource = chosen.source;
    if (chosen.source == model::LanguageSource::Headers && vote.mixed())
        result.notes.push_back(
            texts.format("note.mixed_headers", language,
                         {{"en", std::to_string(vote.en)}, {"ru", std::to_string(vote.ru)}}));

    result.workbook = reader.read(sheets, options.nullDate, language);
    const model::Period period =
        report::choosePeriod(result.workbook, options.period, options.today);
    result.period = period.label();
    for (const model::Problem& problem : result.workbook.problems)
        result.messages.push_back(renderProblem(reader.messages(), problem, language));

    const smart::Analyser analyser(smart::Vocabulary::load(dataDir + "/smart.json"));
    report::Report report =
        report::computeResults(result.workbook, period, analyser, texts, language);
    if (options.history)
        report.history = report::computeHistory(result.workbook, report);

    const std::string stamp = timestampText(texts, language, options.generatedAt);
    const Context context(report, texts, language, options.nullDate, stamp);
    if (options.scorecards) {
        result.sheets.push_back(companySheet(context));
        result.sheets.push_back(peopleSheet(context));
        for (const report::DepartmentResult& department : report.departments) {
            result.sheets.push_back(scorecardSheet(context, department));
            // A code such as "A/B" makes a name Calc cannot hold: the sheet gets a valid one
            // (safeSheetName), and the user is told which.
            const std::string wanted =
                texts.format("sheet.scorecard", language, {{"code", department.department.code}});
            if (wanted != result.sheets.back().name)
                result.notes.push_back(
                    texts.format("note.sheet_name", language,
                                 {{"wanted", wanted}, {"name", result.sheets.back().name}}));
        }
    }
    if (options.smart)
        result.sheets.push_back(smartSheet(context));
    if (options.requests) {
        result.sheets.push_back(requestsSheet(context));
        result.sheets.push_back(escalationsSheet(context));
    }
    const std::string company = companyName(sheets, texts, options.fileName);
    for (Layout& sheet : result.sheets) {
        sheet.print = printSetup(sheet, company, result.period, texts, language);
        sheet.fingerprint = fingerprint(sheet, stamp);
    }
    result.report = report::toJson(report, result.workbook.problems, result.messages);
    return result;
}

} // namespace concord::core::sheets
