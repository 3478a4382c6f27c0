#include "serve/ServeCommand.hpp"

#include "CommandError.hpp"
#include "UserTexts.hpp"
#include "serve/AccessLog.hpp"
#include "serve/Rebuilder.hpp"
#include "serve/ReportSource.hpp"
#include "serve/RequestHandler.hpp"
#include "serve/SiteStore.hpp"
#include "serve/TerminationSignal.hpp"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Path.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/Application.h>

#include <iostream>

namespace concord::cli {

namespace {

using Poco::Util::Application;

// Threads: one per open connection (keep-alive holds one), so enough for a room of
// screens and a load test of 50 clients; beyond it connections wait in the queue, and
// beyond the queue they are closed unanswered (the listening thread never waits).
// 128 threads + 512 queued sockets + the office's files stay under the usual 1,024 open
// files. A client must keep its request arriving: a wait of requestTimeoutSeconds for the
// next bytes (or for a response to be taken) ends the connection and frees its thread, so
// clients that open a connection and never finish a request hold a thread 10 s, not
// Poco's default 60 s (tests/integration/serve_hardening_test.cpp).
constexpr int minThreads = 4;
constexpr int maxThreads = 128;
constexpr int maxQueued = 512;
constexpr int listenBacklog = 256;
constexpr int keepAliveSeconds = 5;
constexpr int requestTimeoutSeconds = 10;

Poco::Net::ServerSocket listen(const ServeCommand::Options& options) {
    Poco::Net::IPAddress address;
    if (!Poco::Net::IPAddress::tryParse(options.bind, address))
        throw CommandError(Application::EXIT_USAGE, UserTexts::text("usage.bind", {options.bind}));
    if (options.port < 0 || options.port > 65535)
        throw CommandError(Application::EXIT_USAGE,
                           UserTexts::text("usage.port", {std::to_string(options.port)}));
    try {
        return Poco::Net::ServerSocket(
            Poco::Net::SocketAddress(address, static_cast<Poco::UInt16>(options.port)),
            listenBacklog);
    } catch (const Poco::Exception& error) {
        throw CommandError(Application::EXIT_SOFTWARE,
                           UserTexts::text("error.cannot_listen",
                                           {options.bind + ":" + std::to_string(options.port),
                                            error.displayText()}));
    }
}

} // namespace

int ServeCommand::run(const Options& options, std::ostream& progress) {
    Poco::Net::ServerSocket socket = listen(options);
    ReportSource source(options.oxt, options.input, options.period, options.language, progress);
    const core::publish::Texts texts = core::publish::Texts::load(source.dataDir());
    SiteStore store;
    Rebuilder::Settings settings;
    if (!options.language.empty())
        settings.language =
            options.language == "ru" ? core::common::Language::Ru : core::common::Language::En;
    settings.source = Poco::Path(options.input).getFileName();
    settings.refreshSeconds = options.refreshSeconds;
    Rebuilder rebuilder(options.input, source, store, texts, settings, progress);
    rebuilder.buildFirst();
    // After the office's UNO runtime is up: it installs signal handlers of its own when it
    // starts, which would replace these.
    TerminationSignal termination;

    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(maxThreads);
    params->setMaxQueued(maxQueued);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(keepAliveSeconds, 0));
    params->setTimeout(Poco::Timespan(requestTimeoutSeconds, 0));
    params->setServerName("concord");
    AccessLog log;
    Poco::ThreadPool pool(minThreads, maxThreads);
    Poco::Net::HTTPServer server(new RequestHandlerFactory(store, texts, log), pool, socket,
                                 params);
    server.start();
    rebuilder.start();
    const std::string address = socket.address().toString();
    std::cout << UserTexts::text("serve.serving", {address}) << std::endl;

    const int signal = termination.wait();
    server.stopAll(false); // requests under way finish; idle connections close
    rebuilder.stop();      // a rebuild under way ends first; then progress is ours alone
    progress << UserTexts::text("serve.signal", {std::to_string(signal)}) << std::endl;
    pool.joinAll();
    progress << UserTexts::text("serve.stopped") << std::endl;
    return Application::EXIT_OK;
}

} // namespace concord::cli
