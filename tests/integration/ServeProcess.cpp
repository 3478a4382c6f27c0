#include "ServeProcess.hpp"

#include <Poco/Exception.h>
#include <Poco/FileStream.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Path.h>
#include <Poco/StreamCopier.h>

#include <fstream>
#include <sstream>
#include <thread>

#ifndef CONCORD_DATA_DIR
#error "CONCORD_DATA_DIR must be defined by CMake"
#endif

namespace concord::integration {

using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;

ServeProcess::ServeProcess(const std::string& workbook, const std::string& folder)
    : _folder(folder), _port(freePort()) {
    // stderr (the access log, one line a request) and stdout go to files the test reads
    // concord speaks English whatever the test run's locale (GeneratorCli::englishLocale)
    const std::string command = "exec env LC_ALL= LC_MESSAGES= LANG=C.UTF-8 '" + program() +
                                "' serve '" + workbook + "' --port " + std::to_string(_port) +
                                " >'" + folder + "out.log' 2>'" + folder + "err.log'";
    _handle = std::make_unique<Poco::ProcessHandle>(
        Poco::Process::launch("/bin/sh", {"-c", command}, folder));
    const int port = _port;
    _up = eventually([port] { return fetch(port, "GET", "/").status == 200; },
                     std::chrono::seconds(180));
}

ServeProcess::~ServeProcess() {
    if (_handle && Poco::Process::isRunning(*_handle)) {
        Poco::Process::requestTermination(_handle->id());
        _handle->wait();
    }
}

bool ServeProcess::isRunning() const {
    return Poco::Process::isRunning(*_handle);
}

std::string ServeProcess::errLog() const {
    return readFile(_folder + "err.log");
}

std::string ServeProcess::program() {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("");
    path.pushDirectory("addin");
    path.pushDirectory("cli");
    path.setFileName("concord");
    return path.toString();
}

std::string ServeProcess::sampleSource() {
    Poco::Path path(std::string(CONCORD_DATA_DIR) + "/");
    path.popDirectory(); // registration/data → ../../
    path.popDirectory();
    path.pushDirectory("templates");
    path.setFileName("concord-sample-en.fods");
    return path.toString();
}

int ServeProcess::freePort() {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = probe.address().port();
    probe.close();
    return port;
}

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

Reply fetch(int port, const std::string& method, const std::string& target) {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
    session.setTimeout(Poco::Timespan(30, 0));
    HTTPRequest request(method, target, HTTPRequest::HTTP_1_1);
    if (method == HTTPRequest::HTTP_POST) {
        request.setContentLength(5);
        session.sendRequest(request) << "x=1&y";
    } else {
        session.sendRequest(request);
    }
    HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    Reply reply;
    reply.status = response.getStatus();
    reply.build = response.get("X-Concord-Build", "");
    reply.allow = response.get("Allow", "");
    std::ostringstream body;
    Poco::StreamCopier::copyStream(in, body);
    reply.body = body.str();
    return reply;
}

bool eventually(const std::function<bool()>& condition, std::chrono::seconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < end) {
        try {
            if (condition())
                return true;
        } catch (const Poco::Exception&) {
            // not listening yet
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    return false;
}

} // namespace concord::integration
