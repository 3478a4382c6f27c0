#pragma once

#include "WorkbookSession.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <memory>
#include <string>

namespace concord::cli {

/// The build JSON of one workbook, read again whenever asked, by one headless office that
/// stays alive between reads (concord publish reads once, concord serve after each change).
/// A read is `concord check`'s: the same report as `build --json`, without writing sheets.
class ReportSource {
public:
    /// Starts the office with the extension at oxtPath (see WorkbookSession). Throws
    /// OfficeError when it cannot start.
    ReportSource(std::string oxtPath, std::string input, std::string period, std::string language,
                 std::ostream& progress);

    /// Opens the input's current content and returns the report (report::toJson). When the
    /// office fails (it crashed, the bridge is gone — also when that shows as a workbook
    /// Calc "cannot open" while the office process has ended), starts a fresh one and
    /// tries once more. Throws CommandError 65/66 when the workbook cannot be opened or lacks a
    /// table (the message names the file, sheet and cell), OfficeError or css::uno::Exception when
    /// the second office fails too.
    nlohmann::json read();

    /// The installed extension's data folder (the texts of the site).
    std::string dataDir() const;

private:
    nlohmann::json readOnce();
    void restart();

    std::string _oxtPath;
    std::string _input;
    std::string _period;
    std::string _language;
    std::ostream& _progress;
    std::unique_ptr<WorkbookSession> _session;
};

} // namespace concord::cli
