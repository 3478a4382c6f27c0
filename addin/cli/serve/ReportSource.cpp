#include "serve/ReportSource.hpp"

#include "CommandError.hpp"
#include "UserTexts.hpp"
#include "office/OfficeError.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <ostream>

namespace concord::cli {

ReportSource::ReportSource(std::string oxtPath, std::string input, std::string period,
                           std::string language, std::ostream& progress)
    : _oxtPath(std::move(oxtPath)), _input(std::move(input)), _period(std::move(period)),
      _language(std::move(language)), _progress(progress) {
    restart();
}

void ReportSource::restart() {
    _session.reset();
    _session = std::make_unique<WorkbookSession>(_oxtPath, _progress);
}

nlohmann::json ReportSource::readOnce() {
    _session->open(_input);
    const org::concord::GenerationResult result = _session->generate(_period, _language, "check");
    return nlohmann::json::parse(concord::uno::toUtf8(result.report));
}

nlohmann::json ReportSource::read() {
    try {
        return readOnce();
    } catch (const CommandError& error) {
        // A workbook Calc cannot open, or one without its tables, is the workbook's fault
        // only while the office lives: a crashed office fails every file alike.
        if (_session->officeRunning())
            throw;
        _progress << UserTexts::text("serve.office_ended", {error.what()}) << std::endl;
    } catch (const OfficeError& error) {
        _progress << UserTexts::text("serve.office_failed", {error.what()}) << std::endl;
    } catch (const css::uno::Exception& error) {
        _progress << UserTexts::text("serve.office_failed", {concord::uno::toUtf8(error.Message)})
                  << std::endl;
    }
    restart();
    return readOnce();
}

std::string ReportSource::dataDir() const {
    return _session->dataDir();
}

} // namespace concord::cli
