#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>

namespace concord::core::common {

/// Coalesces a burst of changes into one piece of work done after the burst: touch() tells
/// of a change, wait() returns once a change has been followed by `quiet` without another.
/// Made for a listener that must return at once (touch is O(1): a counter and a time under
/// a mutex) and a worker thread that waits. Thread-safe.
class QuietPeriod {
public:
    explicit QuietPeriod(std::chrono::milliseconds quiet) : _quiet(quiet) {}

    /// Tells of a change now. Never throws (beyond std::system_error of the mutex).
    void touch();
    /// Blocks until the last touch is `quiet` old and returns the number of touches so far
    /// (the generation the work then sees); blocks until the next touch when the last one
    /// was already waited for. Returns nothing once stop() was called.
    std::optional<std::uint64_t> wait();
    /// The number of touches so far: when it differs from what wait() returned, the
    /// work has seen an older state and another wait() will return soon.
    std::uint64_t generation() const;
    /// Wakes wait() for good: it returns nothing from now on.
    void stop();

private:
    using Clock = std::chrono::steady_clock;

    const std::chrono::milliseconds _quiet;
    mutable std::mutex _mutex;
    std::condition_variable _changed;
    std::uint64_t _generation = 0;
    std::uint64_t _waitedFor = 0;
    Clock::time_point _last;
    bool _stopped = false;
};

} // namespace concord::core::common
