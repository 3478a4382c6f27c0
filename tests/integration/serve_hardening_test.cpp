// Issue 14 "Hardening" for `concord serve`: malformed requests, slow clients that never
// finish a request, and 1,000 connections opened at once, sent with raw Poco sockets to the
// real server on the sample. Nothing crashes, and the server keeps answering. The limits
// it is held to are ServeCommand's (README "Publishing"): a request must keep arriving
// (10 s receive timeout), 128 worker threads, 512 connections queued behind them.
#include "ServeProcess.hpp"

#include <Poco/File.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/TemporaryFile.h>

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace concord::integration {

namespace {

/// ServeCommand's limits (see the header comment); the test leans on them.
constexpr int requestTimeoutSeconds = 10;
constexpr int maxThreads = 128;

Poco::Net::StreamSocket connectTo(int port) {
    Poco::Net::StreamSocket socket;
    socket.connect(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)),
                   Poco::Timespan(10, 0));
    return socket;
}

/// A literal's bytes, NULs included.
template <std::size_t N> std::string bytes(const char (&text)[N]) {
    return std::string(text, N - 1);
}

void sendAll(Poco::Net::StreamSocket& socket, const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size())
        sent += static_cast<std::size_t>(
            socket.sendBytes(bytes.data() + sent, static_cast<int>(bytes.size() - sent)));
}

/// Everything the server sends until it closes the connection (or timeout passes).
std::string receiveAll(Poco::Net::StreamSocket& socket, int timeoutSeconds) {
    socket.setReceiveTimeout(Poco::Timespan(timeoutSeconds, 0));
    std::string answer;
    char buffer[8192];
    try {
        while (true) {
            const int got = socket.receiveBytes(buffer, sizeof buffer);
            if (got <= 0)
                break;
            answer.append(buffer, static_cast<std::size_t>(got));
        }
    } catch (const Poco::TimeoutException&) {
        answer += "<timeout>";
    } catch (const Poco::Net::ConnectionResetException&) {
        answer += "<reset>";
    }
    return answer;
}

/// Sends bytes on a new connection (its writing half closed after them) and returns the
/// status of the answer, 0 when the connection closed without one, -1 on timeout.
int statusOf(int port, const std::string& bytes, std::string* answer = nullptr) {
    Poco::Net::StreamSocket socket = connectTo(port);
    try {
        sendAll(socket, bytes);
        socket.shutdownSend();
    } catch (const Poco::Net::NetException&) {
        // the server may close before it has read all of a huge request: read its answer
    }
    const std::string text = receiveAll(socket, 30);
    if (answer)
        *answer = text;
    if (text.find("<timeout>") != std::string::npos)
        return -1;
    if (text.rfind("HTTP/1.", 0) != 0 || text.size() < 12)
        return 0;
    return std::stoi(text.substr(9, 3));
}

/// Raises this process's open-file limit to at least files (the soft limit, up to the
/// hard one); the server started afterwards inherits it.
void allowOpenFiles(rlim_t files) {
    rlimit limit{};
    ASSERT_EQ(0, ::getrlimit(RLIMIT_NOFILE, &limit));
    if (limit.rlim_cur >= files)
        return;
    ASSERT_GE(limit.rlim_max, files) << "the hard limit of open files is too low for the test";
    limit.rlim_cur = files;
    ASSERT_EQ(0, ::setrlimit(RLIMIT_NOFILE, &limit));
}

class ServeHardening : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder = Poco::TemporaryFile::tempName() + "-serve-hardening/";
        Poco::File(folder).createDirectories();
        writeFile(folder + "book.fods", readFile(ServeProcess::sampleSource()));
        // 1,000 client sockets here, and the server's own
        rlimit limit{};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        if (limit.rlim_cur < 4096 && limit.rlim_max >= 4096) {
            limit.rlim_cur = 4096;
            ::setrlimit(RLIMIT_NOFILE, &limit);
        }
        server = std::make_unique<ServeProcess>(folder + "book.fods", folder);
    }

    static void TearDownTestSuite() {
        server.reset();
        Poco::File(folder).remove(true);
    }

    void SetUp() override { ASSERT_TRUE(server->up()) << server->errLog(); }

    /// After each test: still running, and a normal GET gets the index.
    void TearDown() override {
        EXPECT_TRUE(server->isRunning());
        EXPECT_EQ(200, fetch(server->port(), "GET", "/").status);
    }

    static std::string folder;
    static std::unique_ptr<ServeProcess> server;
};

std::string ServeHardening::folder;
std::unique_ptr<ServeProcess> ServeHardening::server;

} // namespace

TEST_F(ServeHardening, MalformedRequestsGetAnErrorStatusAndNeverAFile) {
    const std::string get = "GET / HTTP/1.1\r\nHost: x\r\n";
    const struct {
        const char* what;
        std::string bytes;
        int status; ///< 0: closed without an answer
    } requests[] = {
        // -- request lines Poco's parser refuses (400) -------------------------------------
        {"garbage line", "GARBAGE\r\n\r\n", 400},
        {"method only", "GET\r\n\r\n", 400},
        {"binary bytes", bytes("\x01\x02\xff\xfe\x00\x7f\r\n\r\n"), 400},
        {"no version", "GET /\r\n\r\n", 400},
        // Poco closes the connection without an answer when the version is not HTTP/
        {"not HTTP", "GET / SPDY/3\r\n\r\n", 0},
        {"method of 1,000 bytes", std::string(1000, 'A') + " / HTTP/1.1\r\n\r\n", 400},
        {"target of 20,000 bytes", "GET /" + std::string(20000, 'a') + " HTTP/1.1\r\n\r\n", 400},
        // -- headers ---------------------------------------------------------------------
        // Poco reads a header line without a colon as a name with an empty value
        {"header without a colon", get + "NoColonHere\r\n\r\n", 200},
        {"header of 100,000 bytes", get + "X-Big: " + std::string(100000, 'a') + "\r\n\r\n", 400},
        {"header name of 10,000 bytes", get + std::string(10000, 'n') + ": v\r\n\r\n", 400},
        {"1,000 headers",
         get +
             [] {
                 std::string many;
                 for (int i = 0; i < 1000; ++i)
                     many += "X-H" + std::to_string(i) + ": v\r\n";
                 return many;
             }() +
             "\r\n",
         400},
        {"NUL in a header", get + bytes("X-Nul: a\0b\r\n\r\n"), 200},
        // -- methods (405 with Allow: GET, HEAD) -------------------------------------------
        {"unknown method", "FOO / HTTP/1.1\r\nHost: x\r\n\r\n", 405},
        {"lower-case get", "get / HTTP/1.1\r\nHost: x\r\n\r\n", 405},
        {"CONNECT", "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n", 405},
        {"TRACE", "TRACE / HTTP/1.1\r\nHost: x\r\n\r\n", 405},
        {"POST with a body never sent",
         "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n", 405},
        {"POST with a broken chunk",
         "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n", 405},
        // -- paths outside the site (404, the target is never mapped to a file) ------------
        {"../", "GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 404},
        {"%2e%2e", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 404},
        {"%2E%2E%2F", "GET /%2E%2E%2F%2E%2E%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\n\r\n", 404},
        {"..\\", "GET /..\\..\\etc\\passwd HTTP/1.1\r\nHost: x\r\n\r\n", 404},
        {"%00", "GET /index.html%00.txt HTTP/1.1\r\nHost: x\r\n\r\n", 404},
        {"raw NUL", bytes("GET /index.html\0/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"), 404},
        {"absolute URI", "GET http://x/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 404},
        {"overlong UTF-8 dot", "GET /%c0%ae%c0%ae/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 404},
        {"no leading slash", "GET etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 404},
        // -- and a good one among them --------------------------------------------------------
        {"HTTP/1.0 without Host", "GET / HTTP/1.0\r\n\r\n", 200},
    };
    for (const auto& row : requests) {
        SCOPED_TRACE(row.what);
        std::string answer;
        EXPECT_EQ(row.status, statusOf(server->port(), row.bytes, &answer))
            << answer.substr(0, 200);
        EXPECT_EQ(std::string::npos, answer.find("root:")) << "a file outside the site";
        if (row.status == 405) {
            EXPECT_NE(std::string::npos, answer.find("Allow: GET, HEAD"));
        }
    }
}

TEST_F(ServeHardening, SlowClientsThatNeverFinishARequestAreCutOffByTheTimeout) {
    // More slow clients than worker threads: every thread holds one, the rest queue
    constexpr int slowClients = maxThreads + 72;
    std::vector<Poco::Net::StreamSocket> slow;
    for (int i = 0; i < slowClients; ++i) {
        slow.push_back(connectTo(server->port()));
        sendAll(slow.back(), "GET / HTTP/1.1\r\nHost: x\r\nX-Never: end"); // no \r\n\r\n
    }
    // A normal GET waits in the queue until the timeout frees the threads
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(200, fetch(server->port(), "GET", "/").status);
    const double waited =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "[ serve    ] a GET behind " << slowClients << " slow clients answered in "
              << waited << " s" << std::endl;
    EXPECT_LT(waited, requestTimeoutSeconds + 10.0);
    // Each slow client was closed by the server (an answer or none, then end of stream)
    int closed = 0;
    for (Poco::Net::StreamSocket& socket : slow) {
        if (receiveAll(socket, 2 * requestTimeoutSeconds + 10).find("<timeout>") ==
            std::string::npos)
            ++closed;
        socket.close();
    }
    EXPECT_EQ(slowClients, closed);
}

TEST_F(ServeHardening, AThousandConnectionsAtOnceAndItKeepsAnswering) {
    constexpr int connections = 1000;
    allowOpenFiles(connections + 200);
    // 1. 1,000 connections, each with a whole GET, all sent before any answer is read:
    //    each gets the index, or (beyond the 128 threads and 512 queued) is closed unanswered
    std::vector<Poco::Net::StreamSocket> sockets;
    for (int i = 0; i < connections; ++i) {
        sockets.push_back(connectTo(server->port()));
        try {
            sendAll(sockets.back(), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        } catch (const Poco::Net::NetException&) {
            // refused: the server closed it already
        }
    }
    int answered = 0, refused = 0, other = 0;
    for (Poco::Net::StreamSocket& socket : sockets) {
        const std::string answer = receiveAll(socket, 60);
        if (answer.rfind("HTTP/1.1 200 OK", 0) == 0 && answer.find("</html>") != std::string::npos)
            ++answered;
        else if (answer.empty() || answer == "<reset>")
            ++refused;
        else
            ++other;
        socket.close();
    }
    std::cout << "[ serve    ] 1,000 GETs at once: " << answered << " answered 200, " << refused
              << " closed unanswered, " << other << " other" << std::endl;
    EXPECT_EQ(connections, answered + refused);
    EXPECT_GE(answered, maxThreads);
    sockets.clear();

    // 2. 1,000 connections opened and held silent, then dropped by the client
    for (int i = 0; i < connections; ++i)
        sockets.push_back(connectTo(server->port()));
    for (Poco::Net::StreamSocket& socket : sockets)
        socket.close();
    sockets.clear();
    // TearDown: a normal GET answers 200 (those threads see the closed connections at once)
}

} // namespace concord::integration
