#include "serve/RequestHandler.hpp"

#include "serve/AccessLog.hpp"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <chrono>

namespace concord::cli {

namespace {

using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;

const char htmlType[] = "text/html; charset=utf-8";
const char buildHeader[] = "X-Concord-Build";
/// No script, no frame, no outside resource: the pages need only their own style sheet
/// and inline SVG.
const char securityPolicy[] =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'";

void commonHeaders(HTTPResponse& response) {
    response.set("Cache-Control", "no-cache");
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Referrer-Policy", "no-referrer");
    response.set("Content-Security-Policy", securityPolicy);
}

} // namespace

RequestHandler::RequestHandler(const SiteStore& store, const core::publish::Texts& texts,
                               AccessLog& log)
    : _store(store), _texts(texts), _log(log) {}

void RequestHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                                   Poco::Net::HTTPServerResponse& response) {
    const auto start = std::chrono::steady_clock::now();
    const std::shared_ptr<const core::publish::Site> site = _store.current();
    const core::common::Language language =
        site && site->options().language ? *site->options().language : core::common::Language::En;
    const std::string& method = request.getMethod();
    const std::string& target = request.getURI();

    HTTPResponse::HTTPStatus status = HTTPResponse::HTTP_OK;
    const std::string* body = nullptr;
    std::string errorBody;
    std::string contentType = htmlType;
    const auto refuse = [&](HTTPResponse::HTTPStatus code, const char* title, const char* text) {
        status = code;
        errorBody = core::publish::Site::errorPage(_texts, language, title, text);
        body = &errorBody;
    };
    if (method != HTTPRequest::HTTP_GET && method != HTTPRequest::HTTP_HEAD) {
        response.set("Allow", "GET, HEAD");
        refuse(HTTPResponse::HTTP_METHOD_NOT_ALLOWED, "site.refused_title",
               "site.method_not_allowed");
    } else if (target.size() > maxTargetLength) {
        refuse(HTTPResponse::HTTP_REQUEST_URI_TOO_LONG, "site.refused_title", "site.uri_too_long");
    } else if (!site) {
        response.set("Retry-After", "5");
        refuse(HTTPResponse::HTTP_SERVICE_UNAVAILABLE, "site.not_ready_title", "site.not_ready");
    } else if (const core::publish::Resource* resource = site->lookup(target)) {
        body = &resource->body;
        contentType = resource->contentType;
        response.set(buildHeader, site->options().buildId);
    } else {
        refuse(HTTPResponse::HTTP_NOT_FOUND, "site.not_found_title", "site.not_found");
    }
    response.setStatus(status);
    response.setContentType(contentType);
    commonHeaders(response);
    // A refused request gets its answer and the connection ends (its body may not have
    // been read).
    if (status != HTTPResponse::HTTP_OK)
        response.setKeepAlive(false);
    response.sendBuffer(body->data(), body->size());
    const double took =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    _log.write(request.clientAddress().host().toString(), method, target, request.getVersion(),
               static_cast<int>(status), method == HTTPRequest::HTTP_HEAD ? 0 : body->size(), took);
}

RequestHandlerFactory::RequestHandlerFactory(const SiteStore& store,
                                             const core::publish::Texts& texts, AccessLog& log)
    : _store(store), _texts(texts), _log(log) {}

Poco::Net::HTTPRequestHandler*
RequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&) {
    return new RequestHandler(_store, _texts, _log);
}

} // namespace concord::cli
