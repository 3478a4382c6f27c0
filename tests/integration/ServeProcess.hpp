#pragma once

#include <Poco/Process.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace concord::integration {

/// One HTTP answer as a test reads it.
struct Reply {
    int status = 0;
    std::string body;
    std::string build; ///< X-Concord-Build
    std::string allow;
};

/// `concord serve` as a user runs it: the real built program (with its own private
/// headless Calc) on a workbook, on a free loopback port, its stdout and stderr in
/// folder/out.log and folder/err.log; and the client calls the serve tests make.
class ServeProcess {
public:
    /// Starts `concord serve workbook --port <free port>` in folder and waits up to 180 s
    /// for GET / to answer 200 (up() says whether it did).
    ServeProcess(const std::string& workbook, const std::string& folder);
    /// Stops it (SIGTERM, then waits) when it still runs.
    ~ServeProcess();

    int port() const { return _port; }
    bool up() const { return _up; }
    bool isRunning() const;
    Poco::ProcessHandle& handle() { return *_handle; }
    /// The access log and progress lines so far (folder/err.log).
    std::string errLog() const;

    /// <build>/addin/cli/concord.
    static std::string program();
    /// templates/concord-sample-en.fods of the source tree.
    static std::string sampleSource();
    /// A port nobody listens on now (the kernel's pick for port 0).
    static int freePort();

private:
    std::string _folder;
    int _port = 0;
    bool _up = false;
    std::unique_ptr<Poco::ProcessHandle> _handle;
};

/// A file's bytes; writes text over path in place (as a program that saves in place does).
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& text);

/// One request with a raw target (sent as given, never normalised), 30 s timeout.
Reply fetch(int port, const std::string& method, const std::string& target);

/// Waits up to timeout for condition, looking every 250 ms (a Poco::Exception counts as
/// not yet).
bool eventually(const std::function<bool()>& condition, std::chrono::seconds timeout);

} // namespace concord::integration
