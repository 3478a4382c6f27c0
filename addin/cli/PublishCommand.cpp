#include "PublishCommand.hpp"

#include "CommandError.hpp"
#include "OutputFile.hpp"
#include "UserTexts.hpp"
#include "core/publish/Site.hpp"
#include "serve/ReportSource.hpp"

#include <Poco/DateTimeFormatter.h>
#include <Poco/File.h>
#include <Poco/LocalDateTime.h>
#include <Poco/Path.h>
#include <Poco/Timestamp.h>
#include <Poco/Util/Application.h>

#include <ostream>

namespace concord::cli {

int PublishCommand::run(const Options& options, std::ostream& out, std::ostream& progress) {
    if (options.output.empty())
        throw CommandError(Poco::Util::Application::EXIT_USAGE,
                           UserTexts::text("usage.publish_folder"));
    const Poco::File folder(options.output);
    if (folder.exists() && !folder.isDirectory())
        throw CommandError(Poco::Util::Application::EXIT_USAGE,
                           UserTexts::text("usage.not_folder", {options.output}));
    ReportSource source(options.oxt, options.input, options.period, options.language, progress);
    const nlohmann::json report = source.read();
    const core::publish::Texts texts = core::publish::Texts::load(source.dataDir());

    core::publish::SiteOptions site;
    if (!options.language.empty())
        site.language =
            options.language == "ru" ? core::common::Language::Ru : core::common::Language::En;
    site.source = Poco::Path(options.input).getFileName();
    site.publishedAt = Poco::DateTimeFormatter::format(Poco::LocalDateTime(), "%Y-%m-%d %H:%M");
    site.buildId = std::to_string(Poco::Timestamp().epochTime());
    const core::publish::Site rendered = core::publish::Site::render(report, texts, site);

    progress << UserTexts::text("progress.writing_site", {options.output}) << std::endl;
    for (const auto& [path, resource] : rendered.resources()) {
        Poco::Path target(options.output);
        target.makeDirectory();
        target.append(Poco::Path(path, Poco::Path::PATH_UNIX));
        OutputFile::writeText(target.toString(), resource.body);
    }
    out << UserTexts::text("result.wrote_site",
                           {options.output, std::to_string(rendered.resources().size())})
        << "\n";
    return Poco::Util::Application::EXIT_OK;
}

} // namespace concord::cli
