#pragma once

namespace concord::cli {

/// Waits for SIGINT or SIGTERM without blocking them in any thread (a blocked mask would be
/// inherited by the office processes started later): the handler writes one byte to a
/// pipe, which wait() reads. Also ignores SIGPIPE (a client that hangs up mid-response).
class TerminationSignal {
public:
    /// Installs the handlers. Throws std::runtime_error when the pipe cannot be made.
    TerminationSignal();
    /// Puts the default handlers back.
    ~TerminationSignal();
    TerminationSignal(const TerminationSignal&) = delete;
    TerminationSignal& operator=(const TerminationSignal&) = delete;

    /// Blocks until SIGINT or SIGTERM arrives; returns the signal's number.
    int wait();
};

} // namespace concord::cli
