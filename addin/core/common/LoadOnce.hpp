#pragma once

#include "core/common/Error.hpp"

#include <atomic>
#include <exception>
#include <memory>
#include <mutex>

namespace concord::core::common {

/// A value read once from the data files and shared by every later caller. When the
/// reading fails with a configuration error (a data file missing or broken), the failure
/// is remembered too: later callers get the same error at once instead of reading the
/// files again on every formula call. Any other failure is not kept: the next call tries
/// again. Thread-safe; after a success, get() takes no lock.
template <class T> class LoadOnce {
public:
    /// The value; the first call runs load (returning std::unique_ptr<T>).
    template <class Load> const T& get(Load load) {
        if (const T* value = _ready.load(std::memory_order_acquire))
            return *value;
        std::lock_guard<std::mutex> lock(_mutex);
        if (_failure)
            std::rethrow_exception(_failure);
        if (!_value) {
            try {
                _value = load();
            } catch (const Error& error) {
                if (error.category() == Error::Category::Configuration)
                    _failure = std::current_exception();
                throw;
            }
            _ready.store(_value.get(), std::memory_order_release);
        }
        return *_value;
    }

private:
    std::mutex _mutex;
    std::unique_ptr<T> _value;
    std::exception_ptr _failure;
    std::atomic<const T*> _ready{nullptr};
};

} // namespace concord::core::common
