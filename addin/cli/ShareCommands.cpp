#include "ShareCommands.hpp"

#include "CommandError.hpp"
#include "OutputFile.hpp"
#include "UserTexts.hpp"
#include "WorkbookSession.hpp"
#include "core/model/Period.hpp"
#include "office/FileUrl.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <org/concord/Sharing.hpp>

#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/String.h>
#include <Poco/URI.h>
#include <Poco/Util/Application.h>
#include <nlohmann/json.hpp>

#include <ostream>

namespace concord::cli {

namespace {

using Poco::Util::Application;

const char collectedSuffix[] = "-collected.ods";
constexpr int jsonIndent = 2;

std::string pathOf(const rtl::OUString& url) {
    std::string path;
    Poco::URI::decode(Poco::URI(concord::uno::toUtf8(url)).getPath(), path);
    return path;
}

void mustExist(const std::string& path) {
    Poco::File file(path);
    if (!file.exists() || !file.isFile())
        throw CommandError(Application::EXIT_NOINPUT,
                           UserTexts::text("error.no_such_file", {path}));
}

} // namespace

std::string ShareCommands::defaultCollectOutput(const std::string& master) {
    Poco::Path path(master);
    path.makeAbsolute();
    path.setFileName(path.getBaseName() + collectedSuffix);
    return path.toString();
}

int ShareCommands::handOut(const std::string& oxt, const HandOutOptions& options, std::ostream& out,
                           std::ostream& progress) {
    if (options.period.empty())
        throw CommandError(Application::EXIT_USAGE, UserTexts::text("usage.handout_period"));
    const std::optional<core::model::Period> period = core::model::Period::parse(options.period);
    if (!period)
        throw CommandError(Application::EXIT_USAGE,
                           UserTexts::text("usage.period", {options.period}));
    if (options.folder.empty())
        throw CommandError(Application::EXIT_USAGE, UserTexts::text("usage.handout_folder"));
    const std::string format = Poco::toLower(options.format);
    if (!format.empty() && format != "ods" && format != "xlsx")
        throw CommandError(Application::EXIT_USAGE,
                           UserTexts::text("usage.format", {options.format}));
    mustExist(options.master);
    try {
        Poco::File(options.folder).createDirectories();
    } catch (const Poco::Exception& error) {
        throw CommandError(Application::EXIT_CANTCREAT,
                           options.folder + ": " + error.displayText());
    }

    WorkbookSession session(oxt, progress);
    session.willWrite({UserTexts::text("handout.pending", {options.folder})});
    session.open(options.master);
    // The copies of "its last scorecard": the scorecards of the period before P, built in
    // the private copy only.
    session.generate(period->previous().label(), options.language, "scorecards");
    progress << UserTexts::text("progress.handing_out", {options.master, options.period})
             << std::endl;
    // The office writes the hand-outs into a folder of the private profile; each is then
    // moved into DIR whole (OutputFile), only once all are written: an office that stops
    // midway leaves DIR as it was.
    const std::string staging = session.privateFolder("handout");
    const css::uno::Sequence<rtl::OUString> urls =
        session.step("handout", UserTexts::text("doing.handout", {options.master}), [&] {
            auto sharing = org::concord::Sharing::create(session.office().context());
            try {
                return sharing->handOut(session.document(), concord::uno::fromUtf8(options.period),
                                        concord::uno::fromUtf8(FileUrl::fromPath(staging)),
                                        concord::uno::fromUtf8(format));
            } catch (const css::lang::IllegalArgumentException& error) {
                throw CommandError(error.ArgumentPosition == 0 ? Application::EXIT_DATAERR
                                                               : Application::EXIT_USAGE,
                                   options.master + ": " + concord::uno::toUtf8(error.Message));
            }
        });
    for (const rtl::OUString& url : urls) {
        const std::string staged = pathOf(url);
        const std::string target =
            Poco::Path(Poco::Path(options.folder).makeDirectory(), Poco::Path(staged).getFileName())
                .toString();
        OutputFile::write(
            target, [&](const std::string& temporary) { Poco::File(staged).copyTo(temporary); });
        out << UserTexts::text("result.wrote", {target}) << "\n";
    }
    return Application::EXIT_OK;
}

int ShareCommands::collect(const std::string& oxt, const CollectOptions& options, std::ostream& out,
                           std::ostream& progress) {
    mustExist(options.master);
    std::vector<rtl::OUString> urls;
    for (const std::string& returned : options.returned) {
        mustExist(returned);
        urls.push_back(concord::uno::fromUtf8(FileUrl::fromPath(returned)));
    }
    const std::string output =
        options.output.empty() ? defaultCollectOutput(options.master) : options.output;
    WorkbookSession::exportFilter(output);
    if (Poco::Path(output).makeAbsolute().toString() ==
        Poco::Path(options.master).makeAbsolute().toString())
        throw CommandError(Application::EXIT_USAGE,
                           UserTexts::text("usage.overwrite_master", {output}));

    WorkbookSession session(oxt, progress);
    session.willWrite(options.json.empty() ? std::vector<std::string>{output}
                                           : std::vector<std::string>{output, options.json});
    session.open(options.master);
    progress << UserTexts::text("progress.collecting",
                                {std::to_string(urls.size()), options.master})
             << std::endl;
    const org::concord::CollectResult result =
        session.step("collect", UserTexts::text("doing.collect", {options.master}), [&] {
            auto sharing = org::concord::Sharing::create(session.office().context());
            try {
                return sharing->collect(session.document(),
                                        css::uno::Sequence<rtl::OUString>(
                                            urls.data(), static_cast<sal_Int32>(urls.size())),
                                        options.takeReturned);
            } catch (const css::lang::IllegalArgumentException& error) {
                throw CommandError(
                    Application::EXIT_DATAERR,
                    (error.ArgumentPosition == 0 ? options.master + ": " : std::string()) +
                        concord::uno::toUtf8(error.Message));
            }
        });
    session.save(output);
    if (!options.json.empty()) {
        progress << UserTexts::text("progress.writing", {options.json}) << std::endl;
        OutputFile::writeText(
            options.json,
            nlohmann::json::parse(concord::uno::toUtf8(result.report)).dump(jsonIndent) + "\n");
    }
    for (const std::string& line : concord::uno::toStrings(result.lines))
        out << line << "\n";
    out << UserTexts::text("result.wrote_merged", {output, std::to_string(result.written)}) << "\n";
    if (!options.json.empty())
        out << UserTexts::text("result.wrote", {options.json}) << "\n";
    return result.clean ? Application::EXIT_OK : Application::EXIT_DATAERR;
}

} // namespace concord::cli
