#pragma once

#include <Poco/Util/Application.h>

#include <string>
#include <vector>

namespace concord::cli {

/// The `concord` command line (Poco::Util::Application): parses options, runs one command
/// in a private headless LibreOffice with the freshly built extension, and maps the outcome
/// to an exit code (0 success, 64 usage, 65 data error, 66 no input, 70 software error).
///
///   concord functions [-o OUT.ods]   every Concord function in a sample sheet
class ConcordApplication : public Poco::Util::Application {
protected:
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& arguments) override;

private:
    void showHelp() const;
    /// The extension to install: --oxt, else concord.oxt in the build tree beside us.
    std::string extensionPath() const;
    int runFunctions();

    bool _helpRequested = false;
    std::string _output;
    std::string _oxt;
};

} // namespace concord::cli
