#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <sys/types.h>

#include <chrono>
#include <string>

namespace concord::cli {

class OfficeProfile;

/// One headless LibreOffice (soffice.bin) on a private profile, connected over a named pipe.
///
/// The office is started directly (not through the soffice/oosplash wrappers) as the leader
/// of its own process group, with PR_SET_PDEATHSIG so that it dies with the thread that
/// started it, and listed with ProcessReaper so that a signal or exit() of this process
/// kills it too. The pipe name is unique per process and object
/// ("concord-<pid>-<counter>"). When the office exits at once asking to be restarted (as
/// it does on a profile it has not seen, or after extension changes) it is started again,
/// as oosplash would. Not thread-safe; create and end it on one thread, the main thread
/// of a test binary or of the CLI.
class OfficeProcess {
public:
    /// How long the constructor tries to reach the office.
    static constexpr std::chrono::seconds connectTimeout{60};
    /// How long terminate() waits for the office to quit before it kills it.
    static constexpr std::chrono::seconds terminateTimeout{10};

    /// Starts the office on profile (removing a stale .lock first) and connects to it.
    /// The profile must outlive this object. Throws OfficeError, quoting the office's
    /// output, when it cannot be started, exits, or does not answer within connectTimeout;
    /// no office is left running then.
    explicit OfficeProcess(const OfficeProfile& profile);
    /// Ends the office (terminate()); never throws.
    ~OfficeProcess();

    OfficeProcess(const OfficeProcess&) = delete;
    OfficeProcess& operator=(const OfficeProcess&) = delete;

    /// The name of the pipe the office accepts UNO connections on.
    const std::string& pipeName() const { return _pipeName; }
    /// The process id of soffice.bin (also its process group id), or 0 once it has ended.
    pid_t pid() const { return _pid; }
    /// True while the office process exists (it is reaped here when it has ended).
    bool isRunning();
    /// The remote component context of the office. Empty once terminated.
    css::uno::Reference<css::uno::XComponentContext> context() const { return _context; }
    /// The office's desktop, to load and create documents. Empty once terminated.
    css::uno::Reference<css::frame::XDesktop2> desktop() const { return _desktop; }
    /// What the office wrote on stdout and stderr so far (its log file in the profile).
    std::string output() const;
    /// Asks the office to quit (XDesktop::terminate), waits up to terminateTimeout, then
    /// SIGKILLs its process group; drops the remote references. Idempotent; never throws.
    void terminate() noexcept;

private:
    void startAndConnect();
    void launch();
    bool tryConnect();
    /// Reaps the office if it has ended; returns true and its wait status then.
    bool reaped(int& status, bool block);
    void kill() noexcept;

    const OfficeProfile& _profile;
    std::string _pipeName;
    std::string _logPath;
    pid_t _pid = 0;
    css::uno::Reference<css::uno::XComponentContext> _context;
    css::uno::Reference<css::frame::XDesktop2> _desktop;
};

} // namespace concord::cli
