#include "ConcordApplication.hpp"

#include "FunctionsSample.hpp"
#include "office/ExtensionInstaller.hpp"
#include "office/OfficeError.hpp"
#include "office/OfficeProcess.hpp"
#include "office/OfficeProfile.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include <iostream>

namespace concord::cli {

void ConcordApplication::defineOptions(Poco::Util::OptionSet& options) {
    Application::defineOptions(options);
    options.addOption(Poco::Util::Option("help", "h", "show this help").required(false));
    options.addOption(
        Poco::Util::Option("output", "o", "the file to write").required(false).argument("FILE"));
    options.addOption(Poco::Util::Option("oxt", "",
                                         "the extension to use (default: the one built "
                                         "beside this program)")
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
    } else if (name == "oxt") {
        _oxt = value;
    }
}

void ConcordApplication::showHelp() const {
    Poco::Util::HelpFormatter help(options());
    help.setCommand(commandName());
    help.setUsage("functions [-o OUT.ods]");
    help.setHeader("Concord: KPI scorecards, SMART goals and department requests in "
                   "LibreOffice Calc.\nCommands:\n  functions  a sample sheet with every "
                   "Concord function (default out/functions.ods)");
    help.format(std::cout);
}

std::string ConcordApplication::extensionPath() const {
    if (!_oxt.empty())
        return _oxt;
    // build/addin/cli/concord → build/concord.oxt
    Poco::Path beside(config().getString("application.dir"));
    beside.popDirectory();
    beside.popDirectory();
    beside.setFileName("concord.oxt");
    if (Poco::File(beside).exists())
        return beside.toString();
    return CONCORD_BUILD_OXT;
}

int ConcordApplication::runFunctions() {
    const std::string oxt = extensionPath();
    if (!Poco::File(oxt).exists()) {
        std::cerr << "concord: extension not found: " << oxt << " (build it first)\n";
        return EXIT_NOINPUT;
    }
    const std::string output = _output.empty() ? "out/functions.ods" : _output;
    std::cerr << "Starting LibreOffice with " << oxt << "\n";
    OfficeProfile profile;
    ExtensionInstaller(profile).install(oxt);
    OfficeProcess office(profile);
    const int mismatches = FunctionsSample::write(office, output);
    office.terminate();
    std::cout << "Wrote " << output << " (" << (mismatches == 0 ? "all" : "not all")
              << " results as worked out by hand)\n";
    return mismatches == 0 ? EXIT_OK : EXIT_SOFTWARE;
}

int ConcordApplication::main(const std::vector<std::string>& arguments) {
    if (_helpRequested) {
        showHelp();
        return EXIT_OK;
    }
    if (arguments.empty() || arguments[0] != "functions" || arguments.size() != 1) {
        std::cerr << "concord: expected a command; try --help\n";
        return EXIT_USAGE;
    }
    try {
        return runFunctions();
    } catch (const OfficeError& error) {
        std::cerr << "concord: " << error.what() << "\n";
    } catch (const css::uno::Exception& error) {
        std::cerr << "concord: LibreOffice: "
                  << rtl::OUStringToOString(error.Message, RTL_TEXTENCODING_UTF8).getStr() << "\n";
    } catch (const std::exception& error) {
        std::cerr << "concord: " << error.what() << "\n";
    }
    return EXIT_SOFTWARE;
}

} // namespace concord::cli
