#pragma once

#include <sys/types.h>

namespace concord::cli {

/// Makes sure no office outlives this process. Keeps the process groups of the offices
/// that are running and, the first time one is added, installs handlers for SIGINT,
/// SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGFPE and SIGABRT and an atexit hook that SIGKILL
/// every group still listed; a signal is then re-raised with its default action, so the
/// process still dies of it (and a crashing test still reports a crash). The handlers only
/// call async-signal-safe functions. A process killed by SIGKILL cannot run them: for that
/// case OfficeProcess also sets PR_SET_PDEATHSIG on the office.
class ProcessReaper {
public:
    /// Lists the process group groupId (the office is its leader). Throws OfficeError when
    /// more offices run at once than the fixed table holds (16).
    static void add(pid_t groupId);
    /// Unlists groupId, once the office has ended. Unknown ids are ignored.
    static void remove(pid_t groupId);
    /// SIGKILLs every listed group now. Async-signal-safe.
    static void killAll();
};

} // namespace concord::cli
