#include "SharingService.hpp"

#include "CollectRun.hpp"
#include "HandOutWriter.hpp"
#include "UserProperties.hpp"
#include "core/common/Today.hpp"
#include "core/model/HeaderLanguage.hpp"
#include "core/model/OutputLanguage.hpp"
#include "core/model/Period.hpp"
#include "core/model/Reader.hpp"
#include "core/report/ChosenPeriod.hpp"
#include "core/report/Texts.hpp"
#include "core/share/CollectReport.hpp"
#include "core/share/HandOutBook.hpp"
#include "core/share/HandOutPlan.hpp"
#include "core/share/Merge.hpp"
#include "core/share/Texts.hpp"
#include "uno/Boundary.hpp"
#include "uno/Runtime.hpp"
#include "uno/commands/OfficeLanguage.hpp"
#include "uno/generator/SheetReader.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <Poco/File.h>
#include <Poco/String.h>
#include <Poco/URI.h>

using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace concord::uno {

namespace {

enum Argument : sal_Int16 { DocumentArgument = 0, PeriodArgument, FolderArgument, FormatArgument };

[[noreturn]] void reject(const std::string& message, sal_Int16 argument) {
    throw css::lang::IllegalArgumentException(fromUtf8("Concord: " + message), nullptr, argument);
}

/// The master as the core reads it.
struct Master {
    std::vector<core::model::RawSheet> sheets;
    core::common::CivilDate nullDate{1899, 12, 30};
    core::common::Language language = core::common::Language::En;
    std::string declaredId;
};

Master readMaster(const Reference<css::sheet::XSpreadsheetDocument>& document,
                  const core::model::Reader& reader) {
    if (!document.is())
        reject("no master workbook", DocumentArgument);
    Master master;
    master.sheets = SheetReader::read(document, {});
    master.nullDate = SheetReader::nullDate(document);
    master.language =
        core::model::OutputLanguage::resolve(
            std::nullopt, core::model::HeaderVote::count(reader.schema(), master.sheets),
            SheetReader::language(document))
            .language;
    const auto properties = UserProperties::read(document);
    if (const auto found = properties.find(core::share::Stamp::masterIdProperty());
        found != properties.end())
        master.declaredId = found->second;
    return master;
}

std::optional<core::model::Frequency> kpiFrequency(const core::model::Workbook& workbook,
                                                   const std::string& id) {
    for (const core::model::Kpi& kpi : workbook.kpis)
        if (kpi.id == id)
            return kpi.frequency;
    return std::nullopt;
}

template <class Call> auto guarded(Call call) -> decltype(call()) {
    return Boundary::guarded(call, DocumentArgument);
}

} // namespace

SharingService::SharingService(Reference<css::uno::XComponentContext> context)
    : _context(std::move(context)) {}

OUString SharingService::implementationName() {
    return "org.concord.SharingImpl";
}

Sequence<OUString> SharingService::serviceNames() {
    const OUString names[] = {"org.concord.Sharing"};
    return Sequence<OUString>(names, 1);
}

Sequence<OUString>
SharingService::handOut(const Reference<css::sheet::XSpreadsheetDocument>& document,
                        const OUString& periodText, const OUString& folderUrl,
                        const OUString& formatText) {
    return guarded([&] {
        const std::string periodLabel = Poco::trim(toUtf8(periodText));
        std::optional<core::model::Period> period = core::model::Period::parse(periodLabel);
        if (!period && !periodLabel.empty())
            reject("not a period: \"" + toUtf8(periodText) +
                       "\" (expected e.g. 2026-12, 2026-Q4, 2026-W07 or 2026)",
                   PeriodArgument);
        std::string folder;
        Poco::URI::decode(Poco::URI(toUtf8(folderUrl)).getPath(), folder);
        if (folder.empty() || !Poco::File(folder).exists() || !Poco::File(folder).isDirectory())
            reject("no such folder: " + toUtf8(folderUrl), FolderArgument);
        const std::string format = Poco::toLower(Poco::trim(toUtf8(formatText)));
        if (!format.empty() && format != "ods" && format != "xlsx")
            reject("unknown format \"" + format + "\" (expected ods or xlsx)", FormatArgument);
        const std::string extension = format.empty() ? "ods" : format;
        const OUString filter =
            extension == "xlsx" ? OUString("Calc Office Open XML") : OUString("calc8");

        const std::string dataDir = dataDirectory();
        const core::model::Reader reader = core::model::Reader::load(dataDir);
        const Master master = readMaster(document, reader);
        const core::model::Workbook workbook = reader.read(master.sheets, master.nullDate);
        if (!period) // as a build: the latest period with data
            period = core::report::defaultPeriod(
                workbook, core::common::daysFromCivil(core::common::localToday()));
        const core::share::Table actuals = core::share::Table::read(
            "actuals", master.sheets, reader, master.nullDate,
            [&](const std::string& id) { return kpiFrequency(workbook, id); });
        const std::string masterId = core::share::Stamp::masterIdOf(workbook, master.declaredId);
        const core::share::Texts texts = core::share::Texts::load(dataDir + "/share.json");
        const core::report::Texts sheetTexts = core::report::Texts::load(dataDir + "/sheets.json");
        const HandOutWriter writer(_context, texts, master.language);

        std::string base = toUtf8(folderUrl);
        if (base.empty() || base.back() != '/')
            base += '/';
        std::vector<OUString> written;
        for (const core::share::HandOut& handOut :
             core::share::HandOutPlan::all(workbook, actuals, *period, masterId)) {
            const core::share::HandOutBook book = core::share::HandOutBook::make(
                handOut, master.sheets, reader.schema(), texts, master.language);
            std::string encoded;
            Poco::URI::encode(core::share::HandOutBook::fileName(handOut, extension), "?#/:;+@&=%",
                              encoded);
            const OUString url = fromUtf8(base + encoded);
            writer.write(book, document,
                         core::share::HandOutBook::scorecardSheet(sheetTexts, handOut.department,
                                                                  master.language),
                         url, filter);
            written.push_back(url);
        }
        return Sequence<OUString>(written.data(), static_cast<sal_Int32>(written.size()));
    });
}

org::concord::CollectResult
SharingService::collect(const Reference<css::sheet::XSpreadsheetDocument>& document,
                        const Sequence<OUString>& urls, sal_Bool takeReturned) {
    return guarded([&] {
        const std::string dataDir = dataDirectory();
        const core::model::Reader reader = core::model::Reader::load(dataDir);
        const Master master = readMaster(document, reader);
        core::share::Merge merge(reader, master.sheets, master.nullDate, master.declaredId,
                                 takeReturned);
        for (const OUString& url : urls)
            CollectRun::add(_context, merge, url);
        const core::share::Texts texts = core::share::Texts::load(dataDir + "/share.json");
        const int written = CollectRun::apply(
            document, merge.writes(), texts.text("collect.undo", OfficeLanguage::of(_context)));

        const core::share::CollectReport report = core::share::CollectReport::of(merge);
        org::concord::CollectResult result;
        result.report =
            fromUtf8(report.toJson(merge.masterId())
                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        result.lines = toSequence(report.lines(texts, master.language));
        std::vector<std::string> issues, cells;
        for (const auto& issue : report.issues(texts, master.language)) {
            issues.push_back(issue.text);
            cells.push_back(issue.masterCell
                                ? issue.masterCell->sheet + "!" + issue.masterCell->address()
                                : std::string());
        }
        result.issues = toSequence(issues);
        result.issueCells = toSequence(cells);
        result.written = written;
        result.clean = report.clean();
        return result;
    });
}

OUString SharingService::getImplementationName() {
    return implementationName();
}

sal_Bool SharingService::supportsService(const OUString& serviceName) {
    return cppu::supportsService(this, serviceName);
}

Sequence<OUString> SharingService::getSupportedServiceNames() {
    return serviceNames();
}

} // namespace concord::uno
