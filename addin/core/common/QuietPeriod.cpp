#include "core/common/QuietPeriod.hpp"

namespace concord::core::common {

void QuietPeriod::touch() {
    bool idle = false;
    {
        std::lock_guard<std::mutex> lock(_mutex);
        // a waiter in the quiet period wakes at its end and sees the later _last itself:
        // only the first touch after a wait needs to wake it
        idle = _generation == _waitedFor;
        ++_generation;
        _last = Clock::now();
    }
    if (idle)
        _changed.notify_one();
}

std::optional<std::uint64_t> QuietPeriod::wait() {
    std::unique_lock<std::mutex> lock(_mutex);
    _changed.wait(lock, [&] { return _stopped || _generation != _waitedFor; });
    // each touch moves the end of the quiet period: sleep until the latest one is quiet
    while (!_stopped && Clock::now() < _last + _quiet)
        _changed.wait_until(lock, _last + _quiet);
    if (_stopped)
        return std::nullopt;
    _waitedFor = _generation;
    return _generation;
}

std::uint64_t QuietPeriod::generation() const {
    std::lock_guard<std::mutex> lock(_mutex);
    return _generation;
}

void QuietPeriod::stop() {
    {
        std::lock_guard<std::mutex> lock(_mutex);
        _stopped = true;
    }
    _changed.notify_all();
}

} // namespace concord::core::common
