#pragma once

#include "CommandError.hpp"
#include "office/CalcDocument.hpp"
#include "office/OfficeProcess.hpp"
#include "office/OfficeProfile.hpp"

#include <org/concord/GenerationResult.hpp>

#include <Poco/Util/Application.h>

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace concord::cli {

/// One workbook in a private headless LibreOffice that has the freshly built extension:
/// what `concord build`, `check` and `demo` share. The workbook is opened from a private
/// copy, so the input file is never written to (nor locked), and a read-only input works.
class WorkbookSession {
public:
    /// Makes a throwaway profile, installs the extension oxtPath into it and starts the
    /// office, writing a progress line for each step to progress. Throws OfficeError when
    /// the office cannot be prepared or started.
    WorkbookSession(const std::string& oxtPath, std::ostream& progress);
    /// Closes the workbook and ends the office; never throws.
    ~WorkbookSession();

    WorkbookSession(const WorkbookSession&) = delete;
    WorkbookSession& operator=(const WorkbookSession&) = delete;

    /// Copies input into the private profile folder and opens the copy (any format Calc
    /// opens: .ods, .fods, .xlsx…); a workbook opened before is closed first, so that one
    /// session can read a changing file again and again (concord serve). Throws CommandError 66
    /// when input does not exist or cannot be read, 65 when Calc cannot open it as a spreadsheet.
    void open(const std::string& input);

    /// Runs org.concord.Generator on the open workbook (period, language as given, empty
    /// for the defaults; what: all, scorecards, smart, requests or check). Throws
    /// CommandError 65 when the workbook lacks a required table or column (the message
    /// names the input file, the sheet and the cell), 64 when an argument is rejected;
    /// css::uno::Exception when the office fails otherwise.
    org::concord::GenerationResult generate(const std::string& period, const std::string& language,
                                            const std::string& what);

    /// Stores the workbook as path (via a temporary file and a rename), in the format its
    /// extension names (see exportFilter). Throws CommandError.
    void save(const std::string& path);
    /// Writes the report as a PDF at path through org.concord.Generator's exportPdf: the
    /// generated sheets in reading order, or with everySheet the whole workbook. Throws
    /// CommandError (65 when the workbook has no generated sheet).
    void savePdf(const std::string& path, bool everySheet);

    /// A new empty folder name inside the private profile (removed with it), for files the
    /// office writes before they are moved into place. Throws CommandError 70.
    std::string privateFolder(const std::string& name) const;

    /// Names the files this command is still to write, for the message of step() (save()
    /// and savePdf() take each off the list once written).
    void willWrite(const std::vector<std::string>& paths) { _pending = paths; }
    /// Takes path off the list of files still to write (written by the command itself).
    void written(const std::string& path);

    /// Runs call, one step of the command on the office, and returns what it returns. When
    /// the office ends during it (killed, crashed, stopped answering), throws CommandError
    /// 70: "LibreOffice stopped unexpectedly while <doing> (it was killed by signal
    /// Killed); not written: <the files of willWrite still to write>; no file is left
    /// half-written. Run the command again." Other failures pass unchanged.
    /// Test hook: when the environment variable CONCORD_TEST_KILL_OFFICE_AT equals name
    /// (open, generate, save, pdf, handout, collect), the office is SIGKILLed just before
    /// call, as if killed by the user in the middle of that step.
    template <class Call>
    auto step(const std::string& name, const std::string& doing, Call call) -> decltype(call()) {
        killOfficeForTest(name);
        try {
            return call();
        } catch (...) {
            if (officeLost())
                throw CommandError(Poco::Util::Application::EXIT_SOFTWARE,
                                   officeLostMessage(doing));
            throw;
        }
    }

    /// Whether the office process is still alive (a crashed one makes every call fail,
    /// even the opening of a good workbook).
    bool officeRunning() const;

    /// The folder of the installed extension's data files (sheets.json, publish.json…),
    /// which the CLI's own renderers read.
    std::string dataDir() const;
    /// The open workbook (open() first) and the office it runs in: for the commands that
    /// call other Concord services on it (handout, collect).
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document() const {
        return _document->model();
    }
    const OfficeProcess& office() const { return *_office; }

    /// The Calc export filter for the extension of path: .ods calc8, .fods flat ODS, .xlsx
    /// Office Open XML, .xls Excel 97. Throws CommandError 64 for any other extension.
    static std::string exportFilter(const std::string& path);

private:
    void killOfficeForTest(const std::string& name);
    /// Whether the office has ended or stopped answering (its connection gone, as after a
    /// crash or a SIGKILL); records how it ended in _officeEnded. Never throws.
    bool officeLost();
    std::string officeLostMessage(const std::string& doing) const;

    std::ostream& _progress;
    std::unique_ptr<OfficeProfile> _profile;
    std::unique_ptr<OfficeProcess> _office;
    std::optional<CalcDocument> _document;
    std::string _input;
    std::vector<std::string> _pending; ///< files still to write (willWrite)
    std::string _officeEnded;          ///< "it was killed by signal 9 (Killed)", set by officeLost
    std::string _types;                ///< the installed extension's concord.rdb
};

} // namespace concord::cli
