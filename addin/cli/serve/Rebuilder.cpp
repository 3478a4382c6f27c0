#include "serve/Rebuilder.hpp"

#include "CommandError.hpp"
#include "UserTexts.hpp"
#include "office/OfficeError.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <Poco/DateTimeFormatter.h>
#include <Poco/File.h>
#include <Poco/LocalDateTime.h>

#include <chrono>
#include <ostream>
#include <sstream>

namespace concord::cli {

namespace {

std::string now() {
    return Poco::DateTimeFormatter::format(Poco::LocalDateTime(), "%Y-%m-%d %H:%M:%S");
}

} // namespace

Rebuilder::Rebuilder(std::string input, ReportSource& source, SiteStore& store,
                     const core::publish::Texts& texts, Settings settings, std::ostream& progress)
    : _input(std::move(input)), _source(source), _store(store), _texts(texts),
      _settings(std::move(settings)), _progress(progress), _stopped(false) {}

Rebuilder::~Rebuilder() {
    stop();
}

Rebuilder::Stamp Rebuilder::stamp() const {
    Stamp stamp;
    try {
        Poco::File file(_input);
        stamp.exists = file.exists();
        if (stamp.exists) {
            stamp.modified = file.getLastModified();
            stamp.size = file.getSize();
        }
    } catch (const Poco::Exception&) {
        stamp.exists = false;
    }
    return stamp;
}

void Rebuilder::publish(const std::optional<core::publish::BuildFailure>& failure) {
    core::publish::SiteOptions options;
    options.language = _settings.language;
    if (!options.language)
        options.language = _lastGood.value("language", "en") == "ru" ? core::common::Language::Ru
                                                                     : core::common::Language::En;
    options.source = _settings.source;
    options.publishedAt = _lastGoodAt;
    options.refreshSeconds = _settings.refreshSeconds;
    options.buildId = std::to_string(++_builds);
    options.failure = failure;
    _store.replace(std::make_shared<const core::publish::Site>(
        core::publish::Site::render(_lastGood, _texts, options)));
}

void Rebuilder::buildFirst() {
    _built = stamp();
    _lastGood = _source.read();
    _lastGoodAt = now();
    publish(std::nullopt);
}

void Rebuilder::rebuild() {
    const auto start = std::chrono::steady_clock::now();
    std::string reason;
    try {
        _lastGood = _source.read();
        _lastGoodAt = now();
        publish(std::nullopt);
        std::ostringstream seconds;
        seconds << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        _progress << UserTexts::text("serve.rebuilt",
                                     {_input, std::to_string(_builds), seconds.str()})
                  << std::endl;
        return;
    } catch (const CommandError& error) {
        reason = error.what();
    } catch (const OfficeError& error) {
        reason = error.what();
    } catch (const css::uno::Exception& error) {
        reason = "LibreOffice: " + concord::uno::toUtf8(error.Message);
    } catch (const std::exception& error) {
        reason = error.what();
    }
    _progress << UserTexts::text("serve.kept", {reason}) << std::endl;
    publish(core::publish::BuildFailure{now(), reason});
}

void Rebuilder::run() {
    Stamp seen = _built;
    while (!_stopped.tryWait(_settings.pollMilliseconds)) {
        const Stamp current = stamp();
        if (current == _built) {
            seen = current;
            continue;
        }
        if (!(current == seen)) { // still changing: look again before reading it
            seen = current;
            continue;
        }
        _built = current;
        // Nothing may escape this thread; the pages already served stay as they are.
        try {
            if (current.exists)
                rebuild();
            else
                publish(core::publish::BuildFailure{
                    now(), UserTexts::text("error.no_such_file", {_input})});
        } catch (const std::exception& error) {
            _progress << UserTexts::text("serve.not_made", {error.what()}) << std::endl;
        }
    }
}

void Rebuilder::start() {
    _thread = std::thread([this] { run(); });
}

void Rebuilder::stop() {
    _stopped.set();
    if (_thread.joinable())
        _thread.join();
}

} // namespace concord::cli
