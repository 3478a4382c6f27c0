#pragma once

#include "core/publish/Site.hpp"
#include "core/publish/Texts.hpp"
#include "serve/ReportSource.hpp"
#include "serve/SiteStore.hpp"

#include <Poco/Event.h>
#include <Poco/File.h>
#include <Poco/Timestamp.h>

#include <iosfwd>
#include <optional>
#include <string>
#include <thread>

namespace concord::cli {

/// Keeps a SiteStore up to date with a workbook file: a thread looks at the file's
/// modification time and size every pollMilliseconds; once a change has held still for one
/// look, it reads the workbook (ReportSource), renders the whole site aside and swaps it in.
/// A read that fails (a broken or half-saved workbook, a missing table) keeps the last good
/// report and swaps in its pages again with the failure banner (SiteOptions::failure); the
/// next change of the file is tried again.
class Rebuilder {
public:
    /// How the pages are made besides the report.
    struct Settings {
        std::optional<core::common::Language> language; ///< --lang; empty: the report's
        std::string source;                             ///< the workbook's file name
        int refreshSeconds = 0;                         ///< reload of a wall screen
        int pollMilliseconds = 500;
    };

    Rebuilder(std::string input, ReportSource& source, SiteStore& store,
              const core::publish::Texts& texts, Settings settings, std::ostream& progress);
    /// Stops the thread.
    ~Rebuilder();
    Rebuilder(const Rebuilder&) = delete;
    Rebuilder& operator=(const Rebuilder&) = delete;

    /// Reads the workbook once and puts its site in the store. Throws what
    /// ReportSource::read throws: without a first good build there is nothing to serve.
    void buildFirst();
    /// Starts watching (after buildFirst).
    void start();
    /// Stops watching and waits for a rebuild under way to end.
    void stop();

private:
    struct Stamp {
        Poco::Timestamp modified;
        Poco::File::FileSize size = 0;
        bool exists = false;
        bool operator==(const Stamp& other) const {
            return modified == other.modified && size == other.size && exists == other.exists;
        }
    };
    Stamp stamp() const;
    void run();
    void rebuild();
    void publish(const std::optional<core::publish::BuildFailure>& failure);

    std::string _input;
    ReportSource& _source;
    SiteStore& _store;
    const core::publish::Texts& _texts;
    Settings _settings;
    std::ostream& _progress;
    nlohmann::json _lastGood;
    std::string _lastGoodAt;
    long _builds = 0;
    Stamp _built;
    Poco::Event _stopped;
    std::thread _thread;
};

} // namespace concord::cli
