#pragma once

#include <Poco/Util/Application.h>

#include <string>
#include <vector>

namespace concord::cli {

/// The `concord` command line (Poco::Util::Application): parses options, runs one command
/// in a private headless LibreOffice with the freshly built extension, and maps the outcome
/// to an exit code: 0 success, 64 usage, 65 data error (the workbook lacks a table or
/// column; for check: input problems found), 66 input missing or unreadable, 70 anything
/// else. Every failure is one line on stderr naming the file (and the sheet and cell
/// where known); progress lines go to stderr, results to stdout.
///
///   concord build IN [-o OUT.ods] [--pdf OUT.pdf] [--json OUT.json] [--period P] [--lang ru|en]
///   concord check IN [--json OUT.json] [--period P] [--lang ru|en]
///   concord demo [--lang ru|en]      the sample workbook → out/demo.ods, .pdf, .json
///   concord functions [-o OUT.ods]   every Concord function in a sample sheet
///   concord publish IN -o DIR [--period P] [--lang ru|en]   the static site
///   concord serve IN [--port 8080] [--bind 127.0.0.1]       the live read-only site
///   concord handout MASTER --period P -o DIR [--format ods|xlsx]   (ShareCommands)
///   concord collect MASTER RETURNED... [-o OUT] [--take-returned] [--json REPORT.json]
class ConcordApplication : public Poco::Util::Application {
protected:
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& arguments) override;

private:
    void showHelp() const;
    /// The extension to install: --oxt, else concord.oxt in the build tree beside us.
    /// Throws CommandError 66 when it does not exist.
    std::string extensionPath() const;
    /// Checks --lang, --period and the output paths before any office starts. Throws
    /// CommandError 64.
    void checkOptions(const std::string& input, const std::vector<std::string>& outputs) const;
    int dispatch(const std::vector<std::string>& arguments);
    int runFunctions();
    int runBuild(const std::string& input, const std::string& output, const std::string& pdf,
                 const std::string& json, bool summary);
    int runCheck(const std::string& input);
    int runDemo();
    int runPublish(const std::string& input);
    int runServe(const std::string& input);

    bool _helpRequested = false;
    std::string _output;
    std::string _oxt;
    std::string _pdf;
    bool _pdfAll = false; ///< --pdf-all: the PDF holds every sheet
    std::string _json;
    std::string _period;
    std::string _language;
    int _port = 8080;                ///< serve --port
    std::string _bind = "127.0.0.1"; ///< serve --bind
    std::string _format;             ///< handout --format: ods or xlsx
    bool _takeReturned = false;      ///< collect --take-returned
};

} // namespace concord::cli
