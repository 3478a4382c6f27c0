#include "ProcessReaper.hpp"

#include "OfficeError.hpp"

#include <array>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <mutex>

namespace concord::cli {

namespace {

// Lock-free slots, readable from a signal handler; 0 means free.
std::array<std::atomic<pid_t>, 16> groups{};

const std::array<int, 7> fatalSignals{SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT};

extern "C" void killOfficesOnSignal(int signal) {
    ProcessReaper::killAll();
    // Die of the same signal: it is blocked while we run and delivered again on return.
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

extern "C" void killOfficesAtExit() {
    ProcessReaper::killAll();
}

void installHandlers() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (int signal : fatalSignals) {
            struct sigaction action {};
            action.sa_handler = killOfficesOnSignal;
            sigemptyset(&action.sa_mask);
            sigaction(signal, &action, nullptr);
        }
        std::atexit(killOfficesAtExit);
    });
}

} // namespace

void ProcessReaper::add(pid_t groupId) {
    installHandlers();
    for (auto& slot : groups) {
        pid_t expected = 0;
        if (slot.compare_exchange_strong(expected, groupId))
            return;
    }
    throw OfficeError("too many office processes at once (at most 16)");
}

void ProcessReaper::remove(pid_t groupId) {
    for (auto& slot : groups) {
        pid_t expected = groupId;
        slot.compare_exchange_strong(expected, 0);
    }
}

void ProcessReaper::killAll() {
    for (auto& slot : groups) {
        const pid_t group = slot.load();
        if (group > 0)
            ::kill(-group, SIGKILL);
    }
}

} // namespace concord::cli
