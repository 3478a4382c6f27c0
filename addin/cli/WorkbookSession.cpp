#include "WorkbookSession.hpp"

#include "CommandError.hpp"
#include "OutputFile.hpp"
#include "UserTexts.hpp"
#include "office/ExtensionInstaller.hpp"
#include "office/ExtensionTypes.hpp"
#include "office/FileUrl.hpp"
#include "office/OfficeError.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <org/concord/Generator.hpp>

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/String.h>
#include <Poco/Util/Application.h>

#include <algorithm>
#include <cstdlib>
#include <ostream>
#include <thread>

#include <signal.h>
#include <string.h>
#include <sys/wait.h>

namespace concord::cli {

namespace {

using Poco::Util::Application;

/// Export filters by file extension (lower case).
const std::pair<const char*, const char*> exportFilters[] = {
    {"ods", "calc8"},
    {"fods", "OpenDocument Spreadsheet Flat XML"},
    {"xlsx", "Calc Office Open XML"},
    {"xls", "MS Excel 97"},
};
const char inputFolder[] = "input";
/// The extension's data files, beside its type library.
const char dataFolder[] = "data";
/// The extension's type library, which this process needs to call its services.
const char typeLibrary[] = "concord.rdb";
/// The test hook of step(): the step at which the office is killed.
const char killOfficeAt[] = "CONCORD_TEST_KILL_OFFICE_AT";

} // namespace

WorkbookSession::WorkbookSession(const std::string& oxtPath, std::ostream& progress)
    : _progress(progress) {
    _progress << UserTexts::text("progress.preparing", {oxtPath}) << std::endl;
    _profile = std::make_unique<OfficeProfile>();
    ExtensionInstaller(*_profile).install(oxtPath);
    _types = ExtensionTypes::findInstalled(*_profile, typeLibrary);
    if (_types.empty())
        throw OfficeError(UserTexts::text("office.no_type_library", {oxtPath, typeLibrary}));
    ExtensionTypes::add(_types);
    _progress << UserTexts::text("progress.starting") << std::endl;
    _office = std::make_unique<OfficeProcess>(*_profile);
}

WorkbookSession::~WorkbookSession() {
    _document.reset();
    if (_office)
        _office->terminate();
}

void WorkbookSession::open(const std::string& input) {
    _document.reset();
    _input = input;
    Poco::File file(input);
    if (!file.exists() || !file.isFile())
        throw CommandError(Application::EXIT_NOINPUT,
                           UserTexts::text("error.no_such_file", {input}));
    if (!file.canRead())
        throw CommandError(Application::EXIT_NOINPUT,
                           UserTexts::text("error.cannot_read", {input}));
    Poco::Path copyPath(_profile->root());
    copyPath.makeDirectory();
    copyPath.pushDirectory(inputFolder);
    Poco::File(copyPath).createDirectories();
    copyPath.setFileName(Poco::Path(input).getFileName());
    try {
        file.copyTo(copyPath.toString());
        Poco::File(copyPath).setWriteable(true);
    } catch (const Poco::Exception& error) {
        throw CommandError(Application::EXIT_NOINPUT, input + ": " + error.displayText());
    }
    _progress << UserTexts::text("progress.opening", {input}) << std::endl;
    step("open", UserTexts::text("doing.open", {input}), [&] {
        try {
            _document.emplace(CalcDocument::load(*_office, copyPath.toString()));
        } catch (const OfficeError& error) {
            throw CommandError(Application::EXIT_DATAERR,
                               UserTexts::text("error.not_spreadsheet", {input, error.what()}));
        }
    });
}

org::concord::GenerationResult WorkbookSession::generate(const std::string& period,
                                                         const std::string& language,
                                                         const std::string& what) {
    const bool check = what == "check";
    _progress << UserTexts::text(check ? "progress.checking" : "progress.building", {_input})
              << std::endl;
    return step("generate", UserTexts::text(check ? "doing.check" : "doing.build", {_input}), [&] {
        auto generator = org::concord::Generator::create(_office->context());
        try {
            return generator->build(_document->model(), concord::uno::fromUtf8(period),
                                    concord::uno::fromUtf8(language), concord::uno::fromUtf8(what));
        } catch (const css::lang::IllegalArgumentException& error) {
            throw CommandError(error.ArgumentPosition == 0 ? Application::EXIT_DATAERR
                                                           : Application::EXIT_USAGE,
                               _input + ": " + concord::uno::toUtf8(error.Message));
        }
    });
}

void WorkbookSession::save(const std::string& path) {
    const std::string filter = exportFilter(path);
    _progress << UserTexts::text("progress.writing", {path}) << std::endl;
    step("save", UserTexts::text("doing.write", {path}), [&] {
        OutputFile::write(path, [&](const std::string& temporary) {
            try {
                _document->storeAs(temporary, filter);
            } catch (const OfficeError& error) {
                throw CommandError(Application::EXIT_SOFTWARE, path + ": " + error.what());
            }
        });
    });
    written(path);
}

void WorkbookSession::savePdf(const std::string& path, bool everySheet) {
    _progress << UserTexts::text("progress.writing", {path}) << std::endl;
    step("pdf", UserTexts::text("doing.write", {path}), [&] {
        auto generator = org::concord::Generator::create(_office->context());
        OutputFile::write(path, [&](const std::string& temporary) {
            try {
                generator->exportPdf(_document->model(),
                                     ::concord::uno::fromUtf8(FileUrl::fromPath(temporary)),
                                     everySheet);
            } catch (const css::lang::IllegalArgumentException& error) {
                throw CommandError(Application::EXIT_DATAERR,
                                   path + ": " + ::concord::uno::toUtf8(error.Message));
            } catch (const css::uno::RuntimeException& error) {
                throw CommandError(Application::EXIT_SOFTWARE,
                                   path + ": " + ::concord::uno::toUtf8(error.Message));
            }
        });
    });
    written(path);
}

std::string WorkbookSession::privateFolder(const std::string& name) const {
    Poco::Path folder(_profile->root());
    folder.makeDirectory();
    folder.pushDirectory(name);
    try {
        Poco::File(folder).createDirectories();
    } catch (const Poco::Exception& error) {
        throw CommandError(
            Application::EXIT_SOFTWARE,
            UserTexts::text("error.cannot_create", {folder.toString(), error.displayText()}));
    }
    return folder.toString();
}

void WorkbookSession::written(const std::string& path) {
    _pending.erase(std::remove(_pending.begin(), _pending.end(), path), _pending.end());
}

void WorkbookSession::killOfficeForTest(const std::string& name) {
    const char* at = std::getenv(killOfficeAt);
    if (!at || name != at || !_office || _office->pid() <= 0)
        return;
    _progress << "concord: " << killOfficeAt << "=" << name << ": killing LibreOffice (pid "
              << _office->pid() << ")" << std::endl;
    const pid_t pid = _office->pid();
    ::kill(-pid, SIGKILL); // its process group, as ProcessReaper would
    // Wait until it is gone (left unreaped for the failing call's check to find, as after a
    // kill by the user) and the connection has noticed.
    siginfo_t info{};
    for (int i = 0; i < 250 && info.si_pid != pid; ++i) {
        if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
}

bool WorkbookSession::officeLost() {
    if (!_office)
        return false;
    const pid_t pid = _office->pid();
    bool answering = false;
    if (pid > 0) {
        try {
            if (_office->desktop().is()) {
                _office->desktop()->getComponents();
                answering = true;
            }
        } catch (const css::uno::RuntimeException&) {
            // DisposedException: the connection is gone, the office died or is dying.
        }
    }
    if (answering)
        return false;
    // Peek at how it ended (WNOWAIT leaves it to OfficeProcess to reap), waiting a little
    // for a dying office to be gone.
    siginfo_t info{};
    for (int i = 0; pid > 0 && i < 250; ++i) {
        info.si_pid = 0;
        if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0 ||
            info.si_pid == pid)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (pid <= 0)
        _officeEnded.clear();
    else if (info.si_pid != pid)
        _officeEnded = UserTexts::text("office.stopped_answering");
    else if (info.si_code == CLD_KILLED || info.si_code == CLD_DUMPED)
        _officeEnded = UserTexts::text(
            "office.killed", {std::to_string(info.si_status), ::strsignal(info.si_status)});
    else
        _officeEnded = UserTexts::text("office.exited", {std::to_string(info.si_status)});
    _office->terminate(); // reaps it, or kills one that stopped answering
    return true;
}

std::string WorkbookSession::officeLostMessage(const std::string& doing) const {
    std::string pending;
    for (const std::string& path : _pending)
        pending += (pending.empty() ? "" : ", ") + path;
    const std::string& how = _officeEnded;
    return UserTexts::text(
        "office.lost", {doing, how.empty() ? "" : " (" + how + ")",
                        pending.empty() ? "" : UserTexts::text("office.not_written", {pending})});
}

bool WorkbookSession::officeRunning() const {
    return _office && _office->isRunning();
}

std::string WorkbookSession::dataDir() const {
    Poco::Path data(_types);
    data.setFileName("");
    data.pushDirectory(dataFolder);
    return data.toString();
}

std::string WorkbookSession::exportFilter(const std::string& path) {
    const std::string extension = Poco::toLower(Poco::Path(path).getExtension());
    for (const auto& [known, filter] : exportFilters)
        if (extension == known)
            return filter;
    throw CommandError(Application::EXIT_USAGE, UserTexts::text("error.unknown_format", {path}));
}

} // namespace concord::cli
