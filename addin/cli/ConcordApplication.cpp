#include "ConcordApplication.hpp"

#include "CommandError.hpp"
#include "FunctionsSample.hpp"
#include "OutputFile.hpp"
#include "PublishCommand.hpp"
#include "ReportPrinter.hpp"
#include "SampleWorkbook.hpp"
#include "ShareCommands.hpp"
#include "UserTexts.hpp"
#include "WorkbookSession.hpp"
#include "core/cli/CliLanguage.hpp"
#include "core/model/Period.hpp"
#include "office/ExtensionInstaller.hpp"
#include "office/OfficeError.hpp"
#include "office/OfficeProcess.hpp"
#include "office/OfficeProfile.hpp"
#include "serve/ServeCommand.hpp"
#include "serve/StderrLines.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <Poco/File.h>
#include <Poco/NumberParser.h>
#include <Poco/Path.h>
#include <Poco/String.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>
#include <sstream>

namespace concord::cli {

namespace {

/// The usage error's synopsis, after "usage: concord " (in every language).
const char usage[] = "build IN [-o OUT.ods] [--pdf OUT.pdf [--pdf-all]] [--json OUT.json]\n"
                     "                     [--period P] [--lang ru|en]\n"
                     "       concord check IN [--json OUT.json] [--period P] [--lang ru|en]\n"
                     "       concord demo [--lang ru|en]\n"
                     "       concord functions [-o OUT.ods]\n"
                     "       concord publish IN -o DIR [--period P] [--lang ru|en]\n"
                     "       concord serve IN [--port 8080] [--bind 127.0.0.1]\n"
                     "       concord handout MASTER --period P -o DIR [--format ods|xlsx]\n"
                     "       concord collect MASTER RETURNED... [-o OUT] [--take-returned]\n"
                     "                       [--json REPORT.json]";

const char demoOds[] = "out/demo.ods";
const char demoPdf[] = "out/demo.pdf";
const char demoJson[] = "out/demo.json";
const char functionsOds[] = "out/functions.ods";
const char outputSuffix[] = "-concord.ods";
const char* const languages[] = {"en", "ru"};
constexpr int jsonIndent = 2;

std::string absolute(const std::string& path) {
    return Poco::Path(path).makeAbsolute().toString();
}

/// IN's folder, <name>-concord.ods.
std::string defaultOutput(const std::string& input) {
    Poco::Path path(input);
    path.makeAbsolute();
    path.setFileName(path.getBaseName() + outputSuffix);
    return path.toString();
}

void writeJson(const std::string& path, const rtl::OUString& report) {
    std::cerr << UserTexts::text("progress.writing", {path}) << std::endl;
    const nlohmann::json json = nlohmann::json::parse(concord::uno::toUtf8(report));
    OutputFile::writeText(path, json.dump(jsonIndent) + "\n");
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

void ConcordApplication::defineOptions(Poco::Util::OptionSet& options) {
    Application::defineOptions(options);
    // The descriptions are Poco's record only: --help prints the text "help" of cli.json.
    options.addOption(Poco::Util::Option("help", "h", "show this help").required(false));
    options.addOption(Poco::Util::Option("output", "o", "the workbook to write")
                          .required(false)
                          .argument("FILE"));
    options.addOption(Poco::Util::Option("pdf", "",
                                         "also write the report as a PDF: the generated\n"
                                         "sheets, A4 landscape")
                          .required(false)
                          .argument("FILE"));
    options.addOption(
        Poco::Util::Option("pdf-all", "", "the PDF holds every sheet, the input tables too")
            .required(false));
    options.addOption(Poco::Util::Option("json", "", "also write the JSON export")
                          .required(false)
                          .argument("FILE"));
    options.addOption(Poco::Util::Option("period", "",
                                         "the period: 2026-09, 2026-Q3, 2026-W07 or 2026\n"
                                         "(default: the latest with data)")
                          .required(false)
                          .argument("P"));
    options.addOption(Poco::Util::Option("lang", "",
                                         "language of the generated sheets: en or ru\n"
                                         "(default: the workbook's)")
                          .required(false)
                          .argument("LANG"));
    options.addOption(Poco::Util::Option("port", "", "serve: the TCP port (default 8080)")
                          .required(false)
                          .argument("PORT"));
    options.addOption(Poco::Util::Option("bind", "",
                                         "serve: the address to listen on\n"
                                         "(default 127.0.0.1: this machine only)")
                          .required(false)
                          .argument("ADDRESS"));
    options.addOption(Poco::Util::Option("format", "", "handout: ods (default) or xlsx")
                          .required(false)
                          .argument("FMT"));
    options.addOption(
        Poco::Util::Option("take-returned", "", "collect: a conflict takes the returned value")
            .required(false));
    options.addOption(Poco::Util::Option("oxt", "",
                                         "the extension to use\n"
                                         "(default: the one built beside this program)")
                          .required(false)
                          .argument("FILE"));
}

void ConcordApplication::handleOption(const std::string& name, const std::string& value) {
    Application::handleOption(name, value);
    if (name == "help") {
        _helpRequested = true;
        stopOptionsProcessing();
    } else if (name == "output") {
        _output = value;
    } else if (name == "pdf") {
        _pdf = value;
    } else if (name == "pdf-all") {
        _pdfAll = true;
    } else if (name == "json") {
        _json = value;
    } else if (name == "period") {
        _period = value;
    } else if (name == "lang") {
        _language = Poco::toLower(value);
        UserTexts::useLanguage(core::cli::CliLanguage::fromEnvironment(_language));
    } else if (name == "format") {
        _format = value;
    } else if (name == "take-returned") {
        _takeReturned = true;
    } else if (name == "oxt") {
        _oxt = value;
    } else if (name == "port") {
        if (!Poco::NumberParser::tryParse(value, _port) || _port < 0 || _port > 65535)
            throw CommandError(EXIT_USAGE, UserTexts::text("usage.port", {value}));
    } else if (name == "bind") {
        _bind = value;
    }
}

void ConcordApplication::showHelp() const {
    // Written out whole in cli.json (≤ 80 columns, a test checks): Poco's HelpFormatter
    // counts bytes, not characters, and would wrap the Russian text too early.
    std::cout << UserTexts::text("help");
}

std::string ConcordApplication::extensionPath() const {
    std::string path = _oxt;
    if (path.empty()) {
        // build/addin/cli/concord → build/concord.oxt
        Poco::Path beside(config().getString("application.dir"));
        beside.popDirectory();
        beside.popDirectory();
        beside.setFileName("concord.oxt");
        path = Poco::File(beside).exists() ? beside.toString() : CONCORD_BUILD_OXT;
    }
    if (!Poco::File(path).exists())
        throw CommandError(EXIT_NOINPUT, UserTexts::text("error.no_extension", {path}));
    return path;
}

void ConcordApplication::checkOptions(const std::string& input,
                                      const std::vector<std::string>& outputs) const {
    if (!_language.empty() &&
        std::find(std::begin(languages), std::end(languages), _language) == std::end(languages))
        throw CommandError(EXIT_USAGE, UserTexts::text("usage.lang", {_language}));
    if (!_period.empty() && !core::model::Period::parse(_period))
        throw CommandError(EXIT_USAGE, UserTexts::text("usage.period", {_period}));
    for (const std::string& output : outputs)
        if (!output.empty() && absolute(output) == absolute(input))
            throw CommandError(EXIT_USAGE, UserTexts::text("usage.overwrite_input", {output}));
    if (!Poco::File(input).exists())
        throw CommandError(EXIT_NOINPUT, UserTexts::text("error.no_such_file", {input}));
}

int ConcordApplication::runFunctions() {
    const std::string oxt = extensionPath();
    const std::string output = _output.empty() ? functionsOds : _output;
    std::cerr << UserTexts::text("progress.starting_with", {oxt}) << "\n";
    OfficeProfile profile;
    ExtensionInstaller(profile).install(oxt);
    OfficeProcess office(profile);
    const int mismatches = FunctionsSample::write(office, output);
    office.terminate();
    std::cout << UserTexts::text(mismatches == 0 ? "result.functions_all"
                                                 : "result.functions_not_all",
                                 {output})
              << "\n";
    return mismatches == 0 ? EXIT_OK : EXIT_SOFTWARE;
}

int ConcordApplication::runBuild(const std::string& input, const std::string& output,
                                 const std::string& pdf, const std::string& json, bool summary) {
    const auto start = std::chrono::steady_clock::now();
    checkOptions(input, {output, pdf, json});
    WorkbookSession::exportFilter(output);
    WorkbookSession session(extensionPath(), std::cerr);
    std::vector<std::string> outputs{output};
    for (const std::string& more : {pdf, json})
        if (!more.empty())
            outputs.push_back(more);
    session.willWrite(outputs);
    session.open(input);
    const org::concord::GenerationResult result = session.generate(_period, _language, "all");
    session.save(output);
    if (!pdf.empty())
        session.savePdf(pdf, _pdfAll);
    if (!json.empty())
        writeJson(json, result.report);
    const std::vector<std::string> sheets = concord::uno::toStrings(result.sheets);
    std::cout << UserTexts::text("result.wrote_sheets", {output, std::to_string(sheets.size()),
                                                         concord::uno::toUtf8(result.period)})
              << "\n";
    if (!pdf.empty())
        std::cout << UserTexts::text("result.wrote", {pdf}) << "\n";
    if (!json.empty())
        std::cout << UserTexts::text("result.wrote", {json}) << "\n";
    ReportPrinter::notes(std::cout, concord::uno::toStrings(result.notes));
    ReportPrinter::problems(std::cout, concord::uno::toStrings(result.problems));
    if (summary)
        ReportPrinter::companySummary(std::cout,
                                      nlohmann::json::parse(concord::uno::toUtf8(result.report)));
    std::ostringstream seconds;
    seconds << secondsSince(start);
    std::cerr << UserTexts::text("progress.done", {seconds.str()}) << std::endl;
    return EXIT_OK;
}

int ConcordApplication::runCheck(const std::string& input) {
    checkOptions(input, {_json});
    WorkbookSession session(extensionPath(), std::cerr);
    session.open(input);
    const org::concord::GenerationResult result = session.generate(_period, _language, "check");
    if (!_json.empty())
        writeJson(_json, result.report);
    const std::vector<std::string> problems = concord::uno::toStrings(result.problems);
    ReportPrinter::problems(std::cout, problems);
    ReportPrinter::smartReport(std::cout,
                               nlohmann::json::parse(concord::uno::toUtf8(result.report)));
    if (problems.empty())
        return EXIT_OK;
    std::cerr << UserTexts::text("progress.check_problems",
                                 {input, std::to_string(problems.size())})
              << std::endl;
    return EXIT_DATAERR;
}

int ConcordApplication::runDemo() {
    if (!_language.empty() &&
        std::find(std::begin(languages), std::end(languages), _language) == std::end(languages))
        throw CommandError(EXIT_USAGE, UserTexts::text("usage.lang", {_language}));
    const std::string sample =
        SampleWorkbook::find(config().getString("application.dir"), _language);
    return runBuild(sample, _output.empty() ? demoOds : _output, _pdf.empty() ? demoPdf : _pdf,
                    _json.empty() ? demoJson : _json, true);
}

int ConcordApplication::runPublish(const std::string& input) {
    checkOptions(input, {});
    return PublishCommand::run({extensionPath(), input, _output, _period, _language}, std::cout,
                               std::cerr);
}

int ConcordApplication::runServe(const std::string& input) {
    checkOptions(input, {});
    ServeCommand::Options options;
    options.oxt = extensionPath();
    options.input = input;
    options.period = _period;
    options.language = _language;
    options.bind = _bind;
    options.port = _port;
    StderrLines progress;
    return ServeCommand::run(options, progress);
}

int ConcordApplication::dispatch(const std::vector<std::string>& arguments) {
    const std::string command = arguments.empty() ? std::string() : arguments[0];
    if (command == "functions" && arguments.size() == 1)
        return runFunctions();
    if (command == "build" && arguments.size() == 2)
        return runBuild(arguments[1], _output.empty() ? defaultOutput(arguments[1]) : _output, _pdf,
                        _json, false);
    if (command == "check" && arguments.size() == 2)
        return runCheck(arguments[1]);
    if (command == "demo" && arguments.size() == 1)
        return runDemo();
    if (command == "publish" && arguments.size() == 2)
        return runPublish(arguments[1]);
    if (command == "serve" && arguments.size() == 2)
        return runServe(arguments[1]);
    if (command == "handout" && arguments.size() == 2)
        return ShareCommands::handOut(extensionPath(),
                                      {arguments[1], _period, _output, _format, _language},
                                      std::cout, std::cerr);
    if (command == "collect" && arguments.size() >= 3)
        return ShareCommands::collect(
            extensionPath(),
            {arguments[1], std::vector<std::string>(arguments.begin() + 2, arguments.end()),
             _output, _json, _takeReturned},
            std::cout, std::cerr);
    throw CommandError(EXIT_USAGE, UserTexts::text("usage.synopsis", {usage}));
}

int ConcordApplication::main(const std::vector<std::string>& arguments) {
    if (_helpRequested) {
        showHelp();
        return EXIT_OK;
    }
    try {
        return dispatch(arguments);
    } catch (const CommandError& error) {
        std::cerr << "concord: " << error.what() << "\n";
        return error.exitCode();
    } catch (const OfficeError& error) {
        std::cerr << "concord: " << error.what() << "\n";
    } catch (const css::uno::Exception& error) {
        std::cerr << "concord: LibreOffice: " << concord::uno::toUtf8(error.Message) << "\n";
    } catch (const std::exception& error) {
        std::cerr << "concord: " << error.what() << "\n";
    }
    return EXIT_SOFTWARE;
}

} // namespace concord::cli
