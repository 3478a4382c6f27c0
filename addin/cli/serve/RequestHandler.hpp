#pragma once

#include "core/publish/Texts.hpp"
#include "serve/AccessLog.hpp"
#include "serve/SiteStore.hpp"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace concord::cli {

/// Answers one request from the current site, read-only:
/// - GET and HEAD only; any other method: 405 with "Allow: GET, HEAD";
/// - a request target longer than maxTargetLength bytes: 414;
/// - the site's own paths only (Site::lookup): 404 for anything else, path traversal
///   included; a target is never decoded nor mapped to a file;
/// - 503 before the first build is in;
/// - every response carries X-Concord-Build (the build its body comes from), no-cache, a
///   Content-Security-Policy that allows no script, nosniff and no-referrer;
/// - one access-log line (AccessLog) per request.
class RequestHandler : public Poco::Net::HTTPRequestHandler {
public:
    RequestHandler(const SiteStore& store, const core::publish::Texts& texts, AccessLog& log);
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override;

    /// The longest request target answered (longer: 414).
    static constexpr std::size_t maxTargetLength = 2048;

private:
    const SiteStore& _store;
    const core::publish::Texts& _texts;
    AccessLog& _log;
};

/// Makes a RequestHandler per request (Poco's HTTPServer owns and deletes each).
class RequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    RequestHandlerFactory(const SiteStore& store, const core::publish::Texts& texts,
                          AccessLog& log);
    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    const SiteStore& _store;
    const core::publish::Texts& _texts;
    AccessLog& _log;
};

} // namespace concord::cli
