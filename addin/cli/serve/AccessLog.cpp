#include "serve/AccessLog.hpp"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>

#include <chrono>
#include <cstdio>
#include <unistd.h>

namespace concord::cli {

namespace {

constexpr std::size_t longestLoggedUri = 300;
constexpr std::size_t flushAt = 64 * 1024;
constexpr auto flushEvery = std::chrono::milliseconds(50);

std::string safe(const std::string& text, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02X", c);
            out += hex;
        } else {
            out += static_cast<char>(c);
        }
    }
    if (text.size() > limit)
        out += "...";
    return out;
}

void writeAll(const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t written = ::write(STDERR_FILENO, text.data() + done, text.size() - done);
        if (written <= 0)
            return;
        done += static_cast<std::size_t>(written);
    }
}

} // namespace

AccessLog::AccessLog() : _thread([this] { run(); }) {}

AccessLog::~AccessLog() {
    {
        std::lock_guard<std::mutex> lock(_mutex);
        _stopping = true;
    }
    _wake.notify_one();
    _thread.join();
}

std::string AccessLog::line(const std::string& client, const std::string& method,
                            const std::string& uri, const std::string& version, int status,
                            std::size_t bytes, double milliseconds) {
    char took[32];
    std::snprintf(took, sizeof took, "%.2fms", milliseconds);
    return safe(client, 64) + " - - [" +
           Poco::DateTimeFormatter::format(Poco::DateTime(), "%d/%b/%Y:%H:%M:%S +0000") + "] \"" +
           safe(method, 16) + " " + safe(uri, longestLoggedUri) + " " + safe(version, 16) + "\" " +
           std::to_string(status) + " " + std::to_string(bytes) + " " + took;
}

void AccessLog::write(const std::string& client, const std::string& method, const std::string& uri,
                      const std::string& version, int status, std::size_t bytes,
                      double milliseconds) noexcept {
    try {
        const std::string text =
            line(client, method, uri, version, status, bytes, milliseconds) + "\n";
        bool full = false;
        {
            std::lock_guard<std::mutex> lock(_mutex);
            _pending += text;
            full = _pending.size() >= flushAt;
        }
        if (full)
            _wake.notify_one();
    } catch (const std::exception&) {
        // out of memory: the line is dropped, the response was sent
    }
}

void AccessLog::run() {
    std::string batch;
    std::unique_lock<std::mutex> lock(_mutex);
    for (;;) {
        _wake.wait_for(lock, flushEvery,
                       [this] { return _stopping || _pending.size() >= flushAt; });
        batch.swap(_pending);
        const bool stopping = _stopping;
        lock.unlock();
        writeAll(batch);
        batch.clear();
        if (stopping)
            return;
        lock.lock();
    }
}

} // namespace concord::cli
