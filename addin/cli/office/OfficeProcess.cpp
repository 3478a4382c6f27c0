#include "OfficeProcess.hpp"

#include "LocalUno.hpp"
#include "OfficeError.hpp"
#include "OfficeInstallation.hpp"
#include "OfficeProfile.hpp"
#include "ProcessReaper.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <sstream>
#include <thread>
#include <vector>

extern char** environ;

namespace concord::cli {

namespace {

// soffice.bin's exit codes asking its wrapper to start it again (desktop/inc/app.hxx).
constexpr int exitCrashWithRestart = 79;
constexpr int exitNormalRestart = 81;
constexpr int maxRestarts = 3;
constexpr auto pollInterval = std::chrono::milliseconds(20);

std::string uniquePipeName() {
    static std::atomic<unsigned> counter{0};
    return "concord-" + std::to_string(Poco::Process::id()) + "-" + std::to_string(++counter);
}

std::string describeStatus(int status) {
    if (WIFEXITED(status))
        return "exited with code " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return std::string("was killed by signal ") + ::strsignal(WTERMSIG(status));
    return "ended";
}

[[noreturn]] void execOffice(const std::vector<char*>& argv, int log, int devNull, pid_t parent) {
    // Only async-signal-safe calls between fork and exec.
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        ::_exit(127); // the parent died before prctl took effect
    ::dup2(devNull, STDIN_FILENO);
    ::dup2(log, STDOUT_FILENO);
    ::dup2(log, STDERR_FILENO);
    for (int fd = STDERR_FILENO + 1; fd < 1024; ++fd)
        ::close(fd);
    ::execve(argv[0], argv.data(), environ);
    ::_exit(127);
}

} // namespace

OfficeProcess::OfficeProcess(const OfficeProfile& profile)
    : _profile(profile), _pipeName(uniquePipeName()),
      _logPath(profile.root() + "/" + _pipeName + ".log") {
    try {
        startAndConnect();
    } catch (const css::uno::Exception& e) {
        kill();
        throw OfficeError("cannot connect to LibreOffice on pipe " + _pipeName + ": " +
                          concord::uno::toUtf8(e.Message) + "; its output: " + output());
    } catch (...) {
        kill(); // never leave a half-started office behind, whatever went wrong
        throw;
    }
}

void OfficeProcess::startAndConnect() {
    const auto deadline = std::chrono::steady_clock::now() + connectTimeout;
    int restarts = 0;
    launch();
    while (!tryConnect()) {
        int status = 0;
        if (reaped(status, false)) {
            if (WIFEXITED(status) && restarts < maxRestarts &&
                (WEXITSTATUS(status) == exitNormalRestart ||
                 WEXITSTATUS(status) == exitCrashWithRestart)) {
                ++restarts;
                launch();
                continue;
            }
            throw OfficeError("LibreOffice (" + OfficeInstallation::officeBinary() + ") " +
                              describeStatus(status) +
                              " before accepting a connection: " + output());
        }
        if (std::chrono::steady_clock::now() > deadline)
            throw OfficeError("LibreOffice did not accept a connection on pipe " + _pipeName +
                              " within " + std::to_string(connectTimeout.count()) +
                              " s: " + output());
        std::this_thread::sleep_for(pollInterval);
    }
}

OfficeProcess::~OfficeProcess() {
    terminate();
}

void OfficeProcess::launch() {
    const std::string binary = OfficeInstallation::officeBinary();
    if (!Poco::File(binary).exists() || !Poco::File(binary).canExecute())
        throw OfficeError("LibreOffice not found: " + binary +
                          " is not an executable file (set CONCORD_LO_PROGRAM_DIR)");
    _profile.removeStaleLock();
    std::vector<std::string> args{binary,
                                  "--headless",
                                  "--invisible",
                                  "--norestore",
                                  "--nologo",
                                  "--nodefault",
                                  "--nofirststartwizard",
                                  "--accept=pipe,name=" + _pipeName + ";urp;"};
    for (const auto& env : _profile.environmentArguments())
        args.push_back(env);
    std::vector<char*> argv;
    for (auto& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    const int log = ::open(_logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (log < 0 || devNull < 0) {
        const std::string reason = std::strerror(errno);
        if (log >= 0)
            ::close(log);
        if (devNull >= 0)
            ::close(devNull);
        throw OfficeError("cannot open the office log " + _logPath + ": " + reason);
    }
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child == 0)
        execOffice(argv, log, devNull, parent);
    const int forkErrno = errno;
    ::close(log);
    ::close(devNull);
    if (child < 0)
        throw OfficeError(std::string("cannot start LibreOffice: fork failed: ") +
                          std::strerror(forkErrno));
    ::setpgid(child, child); // also here, so that the group exists before we may kill it
    _pid = child;
    ProcessReaper::add(child);
}

bool OfficeProcess::tryConnect() {
    const auto resolver = css::bridge::UnoUrlResolver::create(LocalUno::context());
    css::uno::Reference<css::uno::XInterface> remote;
    try {
        remote = resolver->resolve(concord::uno::fromUtf8("uno:pipe,name=" + _pipeName +
                                                          ";urp;StarOffice.ComponentContext"));
    } catch (const css::connection::NoConnectException&) {
        return false; // not listening yet
    }
    _context.set(remote, css::uno::UNO_QUERY_THROW);
    _desktop = css::frame::Desktop::create(_context);
    return true;
}

bool OfficeProcess::reaped(int& status, bool block) {
    if (_pid <= 0)
        return false;
    pid_t result;
    do {
        result = ::waitpid(_pid, &status, block ? 0 : WNOHANG);
    } while (result < 0 && errno == EINTR);
    if (result != _pid)
        return false;
    ::kill(-_pid, SIGKILL); // any helper it left in its group
    ProcessReaper::remove(_pid);
    _pid = 0;
    return true;
}

bool OfficeProcess::isRunning() {
    int status = 0;
    reaped(status, false);
    return _pid > 0;
}

std::string OfficeProcess::output() const {
    try {
        Poco::FileInputStream in(_logPath);
        std::ostringstream text;
        Poco::StreamCopier::copyStream(in, text);
        return text.str();
    } catch (const Poco::Exception& e) {
        return "(no output: " + e.displayText() + ")";
    }
}

void OfficeProcess::kill() noexcept {
    _desktop.clear();
    _context.clear();
    if (_pid <= 0)
        return;
    ::kill(-_pid, SIGKILL);
    int status = 0;
    reaped(status, true);
    _profile.removeStaleLock();
}

void OfficeProcess::terminate() noexcept {
    if (_pid <= 0) {
        _desktop.clear();
        _context.clear();
        return;
    }
    bool quitting = false;
    try {
        if (_desktop.is())
            quitting = _desktop->terminate();
    } catch (const css::uno::RuntimeException&) {
        // Typically DisposedException: the office closed the connection while quitting.
        quitting = true;
    }
    _desktop.clear();
    _context.clear();
    const auto deadline = std::chrono::steady_clock::now() + terminateTimeout;
    int status = 0;
    while (quitting && !reaped(status, false) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(pollInterval);
    if (_pid > 0) {
        std::cerr << "concord: LibreOffice (pid " << _pid << ") did not quit"
                  << (quitting ? " within " + std::to_string(terminateTimeout.count()) + " s"
                               : " when asked")
                  << "; killing it\n";
        kill();
    }
}

} // namespace concord::cli
