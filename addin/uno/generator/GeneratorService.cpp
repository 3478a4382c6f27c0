#include "GeneratorService.hpp"
#include "uno/text/UnoText.hpp"

#include "Generation.hpp"
#include "GeneratorTexts.hpp"
#include "ReportPdf.hpp"
#include "SheetReader.hpp"
#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"
#include "core/common/Today.hpp"
#include "core/model/Period.hpp"
#include "core/sheets/Scope.hpp"
#include "uno/Boundary.hpp"
#include "uno/GridConversion.hpp"
#include "uno/Runtime.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <Poco/LocalDateTime.h>
#include <Poco/Path.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <nlohmann/json.hpp>

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace concord::uno {

namespace {

/// A suffix of `what` that builds without the history (BuildOptions::history false): only
/// for the benchmark that measures what the history costs ("scorecards,no-history").
const char noHistorySuffix[] = ",no-history";

/// Drops noHistorySuffix from the end of what; true when it was there.
bool takeNoHistory(std::string& what) {
    const std::string suffix = noHistorySuffix;
    const std::string trimmed = Poco::trim(what);
    if (trimmed.size() < suffix.size() ||
        Poco::icompare(trimmed.substr(trimmed.size() - suffix.size()), suffix) != 0)
        return false;
    what = trimmed.substr(0, trimmed.size() - suffix.size());
    return true;
}

const char* const languageCodes[] = {"en", "ru"};
const char textsFile[] = "/generator.json";

enum Argument : sal_Int16 { DocumentArgument = 0, PeriodArgument, LanguageArgument, WhatArgument };

[[noreturn]] void reject(const std::string& message, Argument argument) {
    throw css::lang::IllegalArgumentException(fromUtf8("Concord: " + message), nullptr, argument);
}

/// The scope `what` names (core::sheets::Scope::parse); anything else is rejected.
core::sheets::Scope scope(const std::string& what) {
    try {
        return core::sheets::Scope::parse(what);
    } catch (const core::common::Error& error) {
        reject(error.what(), WhatArgument);
    }
}

/// The language asked for; empty (no tag) lets the core decide by DESIGN §2's rule.
std::optional<core::common::Language> language(const std::string& tag) {
    const std::string trimmed = Poco::trim(tag);
    if (trimmed.empty())
        return std::nullopt;
    const std::string primary = Poco::toLower(trimmed.substr(0, trimmed.find_first_of("-_")));
    for (const char* code : languageCodes)
        if (primary == code)
            return core::common::languageFromTag(primary);
    reject("unknown language \"" + tag + "\" (expected en or ru)", LanguageArgument);
}

std::optional<std::string> period(const std::string& text) {
    const std::string trimmed = Poco::trim(text);
    if (trimmed.empty())
        return std::nullopt;
    if (!core::model::Period::parse(trimmed))
        reject("not a period: \"" + text + "\" (expected e.g. 2026-09, 2026-Q3, 2026-W07 or 2026)",
               PeriodArgument);
    return trimmed;
}

/// The document's file name without folder and extension ("" when it was never saved).
std::string fileName(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const Reference<css::frame::XModel> model(document, css::uno::UNO_QUERY);
    const std::string url = model.is() ? toUtf8(model->getURL()) : std::string();
    if (url.empty())
        return std::string();
    std::string path;
    Poco::URI::decode(Poco::URI(url).getPath(), path);
    return Poco::Path(path).getBaseName();
}

/// The one UNO boundary; an input error (the workbook lacks a table or a column) blames
/// the document.
template <class Call> auto guarded(Call call) -> decltype(call()) {
    return Boundary::guarded(call, DocumentArgument);
}

} // namespace

GeneratorService::GeneratorService(Reference<css::uno::XComponentContext> context)
    : _context(std::move(context)) {}

OUString GeneratorService::implementationName() {
    return "org.concord.GeneratorImpl";
}

Sequence<OUString> GeneratorService::serviceNames() {
    const OUString names[] = {"org.concord.Generator"};
    return Sequence<OUString>(names, 1);
}

org::concord::GenerationResult
GeneratorService::build(const Reference<css::sheet::XSpreadsheetDocument>& document,
                        const OUString& periodText, const OUString& languageText,
                        const OUString& whatText) {
    return guarded([&] {
        std::string what = toUtf8(whatText);
        const bool noHistory = takeNoHistory(what);
        const core::sheets::Scope chosen = scope(what);
        if (!document.is())
            reject("no document to build from", DocumentArgument);
        core::sheets::BuildOptions options;
        options.period = period(toUtf8(periodText));
        options.language = language(toUtf8(languageText));
        options.documentLanguage = SheetReader::language(document);
        options.nullDate = SheetReader::nullDate(document);
        options.today = core::common::daysFromCivil(core::common::localToday());
        const Poco::LocalDateTime now;
        options.generatedAt = {{now.year(), now.month(), now.day()}, now.hour(), now.minute()};
        options.scorecards = chosen.scorecards;
        options.smart = chosen.smart;
        options.requests = chosen.requests;
        options.fileName = fileName(document);
        options.history = !noHistory;

        const std::string dataDir = dataDirectory();
        const GeneratorTexts texts = GeneratorTexts::load(dataDir + textsFile);
        GenerationOutcome outcome =
            Generation(_context, document, texts, dataDir).run(options, chosen);

        org::concord::GenerationResult result;
        result.report = fromUtf8(
            outcome.build.report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        result.period = fromUtf8(outcome.build.period);
        result.sheets = toSequence(outcome.sheets);
        result.notes = toSequence(outcome.notes);
        result.problems = toSequence(outcome.build.messages);
        return result;
    });
}

Sequence<OUString>
GeneratorService::exportPdf(const Reference<css::sheet::XSpreadsheetDocument>& document,
                            const OUString& url, sal_Bool everySheet) {
    return guarded([&] {
        if (!document.is())
            reject("no document to export", DocumentArgument);
        return toSequence(ReportPdf::write(document, url, everySheet));
    });
}

OUString GeneratorService::getImplementationName() {
    return implementationName();
}

sal_Bool GeneratorService::supportsService(const OUString& serviceName) {
    return cppu::supportsService(this, serviceName);
}

Sequence<OUString> GeneratorService::getSupportedServiceNames() {
    return serviceNames();
}

} // namespace concord::uno
