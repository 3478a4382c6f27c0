#pragma once

#include "core/common/Language.hpp"
#include "core/publish/Texts.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace concord::core::publish {

/// One file of the site: what a server sends for its path, and what publish writes.
struct Resource {
    std::string contentType; ///< e.g. "text/html; charset=utf-8"
    std::string body;
};

/// A rebuild that failed: the pages keep the last good build and the index says so.
struct BuildFailure {
    std::string at;     ///< when it failed, as the user reads it ("2026-12-02 20:31:05")
    std::string reason; ///< the one-line error (plain text; escaped by the pages)
};

/// How the site is made, besides the report.
struct SiteOptions {
    /// The language of the pages; empty: the report's own ("language" of the JSON).
    std::optional<common::Language> language;
    std::string source;      ///< the workbook's file name, shown in the footer
    std::string publishedAt; ///< when the report was built, as the user reads it
    /// Seconds after which a browser reloads a page (<meta http-equiv="refresh">): the
    /// live server's wall screen; 0 for none (the static site).
    int refreshSeconds = 0;
    /// Stamped into every page (<meta name="concord-build"> at the top and a comment after
    /// </html>), so that a reader can tell that a page is whole and of one build.
    std::string buildId;
    /// Set when the last rebuild failed: the index shows a banner with it.
    std::optional<BuildFailure> failure;
};

/// The published site (DESIGN §6 "Publishing"), rendered from the JSON export of one build
/// (report::toJson, the same as `concord build --json`) without any server or office:
///
/// - index.html: the company scorecard (score, status, one row per department with its
///   status, counts and on-time shares), the company's score line over the history and
///   the departments' score bars, the input problems;
/// - department-<slug>.html per department (departmentPath): its score, counts and
///   on-time shares, its score line and KPI attainment bars, its KPIs and goals;
/// - smart.html: the SMART check of every goal;
/// - requests.html: the request matrix, the escalations (ladder step ≥ 1) and the register;
/// - style.css; api/scorecards.json: the report as given (compact: one line).
///
/// Every page is complete HTML that needs no script, readable on a phone and on a wall
/// screen; every text from the workbook is escaped (Html::escape); a status always shows
/// an icon and a word beside its colour. An immutable value: a server shares one between
/// threads and swaps in a new one after a rebuild.
class Site {
public:
    /// Renders every page. A key the report lacks reads as empty (a department without
    /// KPIs, a report without history: no chart). Throws Error "texts.unknown_id" only when
    /// the texts lack an id (Texts checks them all when loaded).
    static Site render(const nlohmann::json& report, const Texts& texts,
                       const SiteOptions& options);

    /// The resource at path (relative, without a leading '/': "index.html",
    /// "api/scorecards.json"), or nullptr. Only exact paths of the site match.
    const Resource* find(std::string_view path) const;

    /// The resource a request target names (the raw target of the request line, never
    /// decoded): "/" is index.html, "/<path>" the resource at path; a query ("?…") or
    /// fragment is ignored. Anything else — a path the site does not have, "/../etc/passwd",
    /// "/%2e%2e/", "//index.html", an absolute URI — is nullptr: no request ever reaches a
    /// file.
    const Resource* lookup(std::string_view target) const;

    /// Every resource by its path.
    const std::map<std::string, Resource, std::less<>>& resources() const { return _resources; }

    /// The options it was rendered with.
    const SiteOptions& options() const { return _options; }

    /// The report it was rendered from.
    const nlohmann::json& report() const { return _report; }

    /// The file name of each department's page, in the report's order: "department-" and
    /// the code when the code is 1–40 ASCII letters, digits, '-' or '_' and unique without
    /// regard to case, else "department-n" and its 1-based position (made unique).
    static std::vector<std::string> departmentPaths(const nlohmann::json& report);

    /// A small complete page for a refused request (404, 405, 414, 503): the title and the
    /// sentence of the site texts titleId and messageId in language, a link to the index.
    static std::string errorPage(const Texts& texts, common::Language language,
                                 std::string_view titleId, std::string_view messageId);

private:
    std::map<std::string, Resource, std::less<>> _resources;
    SiteOptions _options;
    nlohmann::json _report;
};

} // namespace concord::core::publish
