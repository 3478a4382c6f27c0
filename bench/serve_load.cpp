// Load on `concord serve` (issue 12): the real built program on the sample workbook, 50
// concurrent keep-alive clients (Poco HTTPClientSession) for 10 s, half the requests to
// /api/scorecards.json and half to the index, measured
//   (0) against a bare Poco HTTPServer in this process that answers every request with a
//       fixed buffer of the index's size: the floor of Poco on this machine (the baseline);
//   (1) against concord serve with the workbook unchanged;
//   (2) the same while the workbook is rewritten every 2 s (two versions in turn), so that
//       the server rebuilds and swaps its pages under the load.
// Each response is checked whole and of one build: an HTML page's build stamp at the top
// (<meta name="concord-build">), its stamp after </html> and the X-Concord-Build header must
// agree; a JSON body must be as long as its Content-Length, start with '{' and end with
// "}\n" (every 25th is parsed). A response that fails is "torn".
// Goals: (1) ≥ 3,000 requests/s with p99 < 50 ms; (2) no request over 1 s; no error, no torn
// response. Run: cmake --build build --target bench_serve
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Path.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>
#include <Poco/ThreadPool.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr int clients = 50;
constexpr int seconds = 10;
constexpr double goalRate = 3000;
constexpr double goalP99Ms = 50;
constexpr double goalMaxDuringRebuildMs = 1000;

using Clock = std::chrono::steady_clock;

std::string readFile(const std::string& path) {
    Poco::FileInputStream in(path);
    std::ostringstream text;
    Poco::StreamCopier::copyStream(in, text);
    return text.str();
}

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

int freePort() {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = probe.address().port();
    probe.close();
    return port;
}

/// The stamp of a page: "<meta name=\"concord-build\" content=\"ID\">" … "<!-- concord-build ID
/// -->".
bool wholePage(const std::string& body, const std::string& header) {
    const std::string head = "<meta name=\"concord-build\" content=\"";
    const std::size_t at = body.find(head);
    if (at == std::string::npos)
        return false;
    const std::size_t end = body.find('"', at + head.size());
    const std::string id = body.substr(at + head.size(), end - at - head.size());
    const std::string tail = "</html>\n<!-- concord-build " + id + " -->\n";
    return id == header && body.size() >= tail.size() &&
           body.compare(body.size() - tail.size(), tail.size(), tail) == 0;
}

struct Figures {
    long requests = 0;
    long errors = 0;
    long torn = 0;
    double rate = 0;
    double p50 = 0, p99 = 0, max = 0; // ms
    std::set<std::string> builds;
};

/// clients threads, each with one keep-alive session, for `seconds`.
Figures load(int port, bool checkPages) {
    std::atomic<bool> stop{false};
    std::vector<std::vector<double>> latencies(clients);
    std::vector<long> errors(clients, 0), torn(clients, 0);
    std::vector<std::set<std::string>> builds(clients);
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            std::unique_ptr<Poco::Net::HTTPClientSession> session;
            long n = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                const bool json = (n++ + c) % 2 == 0;
                const auto begin = Clock::now();
                try {
                    if (!session) {
                        session = std::make_unique<Poco::Net::HTTPClientSession>(
                            "127.0.0.1", static_cast<Poco::UInt16>(port));
                        session->setKeepAlive(true);
                        session->setTimeout(Poco::Timespan(10, 0));
                    }
                    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET,
                                                   json ? "/api/scorecards.json" : "/",
                                                   Poco::Net::HTTPRequest::HTTP_1_1);
                    request.setKeepAlive(true);
                    session->sendRequest(request);
                    Poco::Net::HTTPResponse response;
                    std::istream& in = session->receiveResponse(response);
                    std::string body;
                    body.reserve(static_cast<std::size_t>(
                        std::max<std::streamsize>(0, response.getContentLength())));
                    Poco::StreamCopier::copyToString(in, body);
                    latencies[c].push_back(
                        std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
                    if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK) {
                        ++errors[c];
                        continue;
                    }
                    if (!checkPages)
                        continue;
                    const std::string build = response.get("X-Concord-Build", "");
                    builds[c].insert(build);
                    bool whole = true;
                    if (json) {
                        whole = static_cast<std::streamsize>(body.size()) ==
                                    response.getContentLength() &&
                                body.size() > 2 && body.front() == '{' &&
                                body.compare(body.size() - 2, 2, "}\n") == 0;
                        if (whole && n % 25 == 0)
                            whole = !nlohmann::json::parse(body, nullptr, false).is_discarded();
                    } else {
                        whole = wholePage(body, build);
                    }
                    if (!whole)
                        ++torn[c];
                } catch (const std::exception&) {
                    latencies[c].push_back(
                        std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
                    ++errors[c];
                    session.reset();
                }
            }
        });
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (std::thread& thread : threads)
        thread.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    Figures figures;
    std::vector<double> all;
    for (int c = 0; c < clients; ++c) {
        all.insert(all.end(), latencies[c].begin(), latencies[c].end());
        figures.errors += errors[c];
        figures.torn += torn[c];
        figures.builds.insert(builds[c].begin(), builds[c].end());
    }
    std::sort(all.begin(), all.end());
    figures.requests = static_cast<long>(all.size());
    figures.rate = static_cast<double>(all.size()) / elapsed;
    if (!all.empty()) {
        figures.p50 = all[all.size() / 2];
        figures.p99 = all[std::min(all.size() - 1, all.size() * 99 / 100)];
        figures.max = all.back();
    }
    return figures;
}

void print(const char* name, const Figures& f) {
    std::printf("%-34s %8ld req %9.0f req/s  p50 %6.2f ms  p99 %7.2f ms  max %8.2f ms  "
                "errors %ld  torn %ld  builds seen %zu\n",
                name, f.requests, f.rate, f.p50, f.p99, f.max, f.errors, f.torn, f.builds.size());
}

/// The baseline server: the same two bodies as concord serves, fixed buffers by path.
class FixedHandler : public Poco::Net::HTTPRequestHandler {
public:
    FixedHandler(const std::string& page, const std::string& json) : _page(page), _json(json) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override {
        const std::string& body = request.getURI() == "/" ? _page : _json;
        response.setContentType("text/html; charset=utf-8");
        response.sendBuffer(body.data(), body.size());
    }

private:
    const std::string& _page;
    const std::string& _json;
};

class FixedFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    FixedFactory(const std::string& page, const std::string& json) : _page(page), _json(json) {}
    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
        return new FixedHandler(_page, _json);
    }

private:
    const std::string& _page;
    const std::string& _json;
};

std::string get(int port, const std::string& target) {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, target);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::string body;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
    return body;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: bench_serve_load CONCORD SAMPLE.fods\n";
        return 64;
    }
    const std::string concord = Poco::Path(argv[1]).makeAbsolute().toString();
    const std::string folder = Poco::TemporaryFile::tempName() + "-serve-load/";
    Poco::File(folder).createDirectories();
    const std::string workbook = folder + "book.fods";
    const std::string versionA = readFile(argv[2]);
    std::string versionB = versionA;
    const std::string from = "<text:p>Test sales group (marketing)</text:p>";
    versionB.replace(versionB.find(from), from.size(), "<text:p>Test sales group B</text:p>");
    writeFile(workbook, versionA);

    const int port = freePort();
    const std::string command = "exec '" + concord + "' serve '" + workbook + "' --port " +
                                std::to_string(port) + " >'" + folder + "out.log' 2>'" + folder +
                                "err.log'";
    Poco::ProcessHandle server = Poco::Process::launch("/bin/sh", {"-c", command}, folder);
    std::string index;
    const auto until = Clock::now() + std::chrono::seconds(180);
    while (Clock::now() < until && Poco::Process::isRunning(server)) {
        try {
            Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
            Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/");
            session.sendRequest(request);
            Poco::Net::HTTPResponse response;
            Poco::StreamCopier::copyToString(session.receiveResponse(response), index);
            if (response.getStatus() == 200)
                break;
        } catch (const std::exception&) {
        }
        index.clear();
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    if (index.empty()) {
        std::cerr << "concord serve did not come up:\n" << readFile(folder + "err.log");
        return 70;
    }
    std::printf("concord serve on 127.0.0.1:%d, %d clients x %d s, half /api/scorecards.json, "
                "half /; %u cores\n",
                port, clients, seconds, std::thread::hardware_concurrency());

    // (0) the baseline: a bare Poco HTTPServer with the same thread settings
    Figures baseline;
    {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0), 256);
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(128);
        params->setMaxQueued(512);
        params->setKeepAlive(true);
        Poco::ThreadPool pool(4, 128);
        const std::string json = get(port, "/api/scorecards.json");
        std::printf("bodies: index %zu bytes, JSON %zu bytes\n", index.size(), json.size());
        Poco::Net::HTTPServer fixed(new FixedFactory(index, json), pool, socket, params);
        fixed.start();
        baseline = load(socket.address().port(), false);
        fixed.stopAll(true);
        pool.joinAll();
    }
    print("(0) bare Poco server, fixed bodies", baseline);

    const Figures unchanged = load(port, true);
    print("(1) concord serve, unchanged", unchanged);

    std::atomic<bool> writing{true};
    int rewrites = 0;
    std::thread writer([&] {
        bool b = true;
        while (writing) {
            for (int i = 0; i < 20 && writing; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (!writing)
                break;
            writeFile(workbook, b ? versionB : versionA);
            b = !b;
            ++rewrites;
        }
    });
    const Figures rebuilding = load(port, true);
    writing = false;
    writer.join();
    print("(2) concord serve, rewritten every 2 s", rebuilding);

    Poco::Process::requestTermination(server.id());
    const int code = server.wait();
    const std::string log = readFile(folder + "err.log");
    long rebuilt = 0;
    for (std::size_t at = log.find("rebuilt the pages"); at != std::string::npos;
         at = log.find("rebuilt the pages", at + 1))
        ++rebuilt;
    std::printf("workbook rewritten %d times, pages rebuilt %ld times; server exit code %d\n",
                rewrites, rebuilt, code);
    for (std::size_t at = log.find("concord: rebuilt"); at != std::string::npos;
         at = log.find("concord: rebuilt", at + 1))
        std::printf("  %s\n", log.substr(at, log.find('\n', at) - at).c_str());
    long logged = 0;
    for (std::size_t at = log.find(" HTTP/1.1\" "); at != std::string::npos;
         at = log.find(" HTTP/1.1\" ", at + 1))
        ++logged;
    // besides the load: the readiness probes and the one fetch of the JSON for the baseline
    std::printf("access-log lines: %ld for the %ld requests of (1) and (2) and the probes\n",
                logged, unchanged.requests + rebuilding.requests);
    std::printf("ratio concord/bare Poco: %.2f of the requests/s\n",
                unchanged.rate / baseline.rate);
    const bool rateMet = unchanged.rate >= goalRate && unchanged.p99 < goalP99Ms;
    const bool rebuildMet = rebuilding.max < goalMaxDuringRebuildMs;
    const bool clean = unchanged.errors + unchanged.torn + rebuilding.errors + rebuilding.torn == 0;
    std::printf("goal (1) >= %.0f req/s and p99 < %.0f ms: %s\n", goalRate, goalP99Ms,
                rateMet ? "met" : "NOT met");
    std::printf("goal (2) no request over %.0f ms: %s\n", goalMaxDuringRebuildMs,
                rebuildMet ? "met" : "NOT met");
    std::printf("goal no error, no torn response: %s\n", clean ? "met" : "NOT met");
    Poco::File(folder).remove(true);
    return 0;
}
