#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace concord::cli {

/// One line per request on stderr, in the common log format with the time taken:
///   127.0.0.1 - - [02/Dec/2026:20:31:05 +0000] "GET /index.html HTTP/1.1" 200 18234 0.21ms
/// Request threads only append their line to a buffer (under a mutex); a writer thread
/// sends the buffered lines every 50 ms (or at 64 KB) in one write(2), so thousands of
/// requests a second do not queue on the file, and lines never break or mix.
class AccessLog {
public:
    /// Starts the writer thread.
    AccessLog();
    /// Writes what is left and stops the thread.
    ~AccessLog();
    AccessLog(const AccessLog&) = delete;
    AccessLog& operator=(const AccessLog&) = delete;

    /// Adds the line of one request; never throws (a line that cannot be made is dropped).
    /// The request line is written with bytes outside printable ASCII, quotes and
    /// backslashes as \xHH, and cut at 300 bytes, so that a hostile request cannot forge
    /// log lines.
    void write(const std::string& client, const std::string& method, const std::string& uri,
               const std::string& version, int status, std::size_t bytes,
               double milliseconds) noexcept;

    /// The line write() adds (without the newline), for tests.
    static std::string line(const std::string& client, const std::string& method,
                            const std::string& uri, const std::string& version, int status,
                            std::size_t bytes, double milliseconds);

private:
    void run();

    std::mutex _mutex;
    std::condition_variable _wake;
    std::string _pending;
    bool _stopping = false;
    std::thread _thread;
};

} // namespace concord::cli
