// Site::render: the pages of a report, the paths a server answers, and every text from the
// workbook escaped. The report is written by hand in the shape of report::toJson.
#include "core/common/Error.hpp"
#include "core/publish/Site.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>

namespace common = concord::core::common;
using namespace concord::core::publish;

namespace {

const Texts& siteTexts() {
    static const Texts instance = Texts::load(CONCORD_DATA_DIR);
    return instance;
}

const char hostileName[] = "<script>alert(1)</script>";
const char hostileCode[] = "\"><img src=x onerror=alert(1)>";

/// Two departments: SAL (a plain code, a Cyrillic name with an emoji) and one whose code and
/// name are markup; a goal and a request that quote both.
nlohmann::json hostileReport() {
    return nlohmann::json::parse(R"json({
      "period": "2026-09", "as_of": "2026-09-30", "language": "en",
      "company": {"score": 0.797, "status": 0, "goals": []},
      "history": [{"period": "2026-08", "score": 0.75, "status": 0},
                  {"period": "2026-09", "score": 0.797, "status": 0}],
      "departments": [
        {"code": "SAL", "name": "Отдел продаж 🚀", "weight": 1, "score": 0.712, "status": 0,
         "green": 1, "amber": 1, "red": 0, "on_time_out": 0.778, "on_time_in": null,
         "history": [{"period": "2026-08", "score": 0.6, "status": -1},
                     {"period": "2026-09", "score": 0.712, "status": 0}],
         "kpis": [
           {"id": "SAL-1", "name": "Revenue \"net\" & more", "unit": "mln", "direction": "up",
            "target": 95, "target_max": null, "actual": 90, "previous": 88, "attainment": 0.947,
            "score": 0.947, "status": 0, "weight": 1, "stale": false, "last_period": "2026-09",
            "history": [{"period": "2026-08", "actual": 80, "attainment": 0.84, "status": 0},
                        {"period": "2026-09", "actual": 90, "attainment": 0.947, "status": 0}]},
           {"id": "SAL-2", "name": "Leads", "unit": "pcs", "direction": "down",
            "target": 10, "target_max": null, "actual": null, "previous": null,
            "attainment": null, "score": null, "status": null, "weight": 1, "stale": true,
            "last_period": "2026-07"}]},
        {"code": "\"><img src=x onerror=alert(1)>", "name": "<script>alert(1)</script>",
         "weight": 1, "score": 1.04, "status": 1, "green": 1, "amber": 0, "red": 0,
         "on_time_out": null, "on_time_in": 1, "history": null, "kpis": []}],
      "goals": [{"id": "G1", "text": "<script>alert(1)</script> by 2026", "owner": "O'Neil",
                 "level": "department", "department": "SAL", "kpi": "SAL-1", "S": true,
                 "M": false, "A": true, "R": true, "T": true, "score": 4, "missing": "M",
                 "hint": "Add a number", "language": "en"}],
      "requests": [{"id": "R1", "from": "SAL", "to": "\"><img src=x onerror=alert(1)>",
                    "what": "<b>weekly</b> report", "why": null, "frequency": "month",
                    "agreed": true, "status": "overdue", "due": "2026-09-05",
                    "delivered": null, "on_time": 0.5, "missed_in_a_row": 2,
                    "missed_last_4": 2, "ladder": 2,
                    "escalation": "We do not receive <b>weekly</b> report."}],
      "matrix": [{"from": "SAL", "to": "\"><img src=x onerror=alert(1)>", "requests": 1,
                  "agreed": 1, "on_time": 0.5}],
      "people": [],
      "problems": [{"sheet": "KPIs", "cell": "B7", "message": "<i>bad</i> target"}]
    })json");
}

SiteOptions options() {
    SiteOptions options;
    options.source = "<evil>.ods";
    options.publishedAt = "2026-10-01 09:00";
    options.buildId = "7";
    return options;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

TEST(PublishSite, HasTheIndexAPagePerDepartmentSmartRequestsStyleAndJson) {
    const Site site = Site::render(hostileReport(), siteTexts(), options());
    std::vector<std::string> paths;
    for (const auto& [path, resource] : site.resources())
        paths.push_back(path);
    // the hostile code is not a safe file name: its page is numbered by its position (2)
    EXPECT_EQ((std::vector<std::string>{"api/scorecards.json", "department-SAL.html",
                                        "department-n2.html", "index.html", "requests.html",
                                        "smart.html", "style.css"}),
              paths);
    EXPECT_EQ("text/html; charset=utf-8", site.find("index.html")->contentType);
    EXPECT_EQ("application/json; charset=utf-8", site.find("api/scorecards.json")->contentType);
    // the JSON is the report itself
    EXPECT_EQ(hostileReport(), nlohmann::json::parse(site.find("api/scorecards.json")->body));
}

TEST(PublishSite, NoPageCarriesMarkupFromTheWorkbook) {
    const Site site = Site::render(hostileReport(), siteTexts(), options());
    for (const auto& [path, resource] : site.resources()) {
        if (path == "api/scorecards.json")
            continue;
        SCOPED_TRACE(path);
        const std::string body = lower(resource.body);
        EXPECT_EQ(std::string::npos, body.find("<script"));
        EXPECT_EQ(std::string::npos, body.find("<img"));
        EXPECT_EQ(std::string::npos, body.find("<b>"));
        EXPECT_EQ(std::string::npos, body.find("<i>"));
        EXPECT_EQ(std::string::npos, body.find("<evil>"));
    }
    const std::string& index = site.find("index.html")->body;
    EXPECT_NE(std::string::npos, index.find("&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_NE(std::string::npos,
              index.find("data-code=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""));
    EXPECT_NE(std::string::npos, index.find("Отдел продаж 🚀"));
    EXPECT_NE(std::string::npos, index.find("&lt;i&gt;bad&lt;/i&gt; target"));
    const std::string& smart = site.find("smart.html")->body;
    EXPECT_NE(std::string::npos, smart.find("O&#39;Neil"));
    const std::string& sales = site.find("department-SAL.html")->body;
    EXPECT_NE(std::string::npos, sales.find("Revenue &quot;net&quot; &amp; more"));
}

TEST(PublishSite, StatusesShowAnIconAndAWordBesideTheColour) {
    const Site site = Site::render(hostileReport(), siteTexts(), options());
    const std::string& index = site.find("index.html")->body;
    EXPECT_NE(std::string::npos,
              index.find("<span class=\"status status-amber\"><span class=\"icon\" "
                         "aria-hidden=\"true\">▲</span> amber</span>"));
    EXPECT_NE(std::string::npos,
              index.find("<span class=\"status status-green\"><span class=\"icon\" "
                         "aria-hidden=\"true\">✔</span> green</span>"));
    // a stale KPI says so with the period of its last value, not a colour
    const std::string& sales = site.find("department-SAL.html")->body;
    EXPECT_NE(std::string::npos, sales.find("stale: last value in 2026-07"));
    // SMART marks carry a word too
    EXPECT_NE(std::string::npos,
              site.find("smart.html")->body.find("✖</span><span class=\"word\">missing"));
}

TEST(PublishSite, PagesHoldTheHistoryChartsWithATextAlternative) {
    const Site site = Site::render(hostileReport(), siteTexts(), options());
    const std::string& index = site.find("index.html")->body;
    EXPECT_NE(std::string::npos,
              index.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""));
    EXPECT_NE(std::string::npos, index.find("id=\"company-chart\""));
    EXPECT_NE(std::string::npos, index.find("id=\"departments-chart\""));
    EXPECT_NE(std::string::npos, index.find("<details><summary>The chart&#39;s numbers</summary>"));
    // the department without a history gets no score line, but its page exists
    const std::string& other = site.find("department-n2.html")->body;
    EXPECT_EQ(std::string::npos, other.find("id=\"score-chart\""));
    const std::string& sales = site.find("department-SAL.html")->body;
    EXPECT_NE(std::string::npos, sales.find("id=\"score-chart\""));
    EXPECT_NE(std::string::npos, sales.find("id=\"kpi-chart\""));
    // the KPI table: one header per column (12, the history sparkline among them)
    const std::size_t table = sales.find("<table class=\"scorecard\" id=\"kpis\">");
    const std::string head = sales.substr(table, sales.find("</thead>", table) - table);
    int headers = 0;
    for (std::size_t at = head.find("<th "); at != std::string::npos;
         at = head.find("<th ", at + 1))
        ++headers;
    EXPECT_EQ(12, headers);
    EXPECT_NE(std::string::npos, head.find(">Attainment, last 12 periods</th>"));
    // SAL-1's history as a sparkline named by its values; SAL-2 has none
    EXPECT_NE(
        std::string::npos,
        sales.find("class=\"spark\" viewBox=\"0 0 120 28\" width=\"120\" height=\"28\" "
                   "role=\"img\" aria-label=\"2026-08: 84.0 % amber; 2026-09: 94.7 % amber\""));
}

TEST(PublishSite, EveryPageIsStampedWithItsBuildAtBothEnds) {
    const Site site = Site::render(hostileReport(), siteTexts(), options());
    for (const auto& [path, resource] : site.resources()) {
        if (resource.contentType.rfind("text/html", 0) != 0)
            continue;
        SCOPED_TRACE(path);
        EXPECT_NE(std::string::npos,
                  resource.body.find("<meta name=\"concord-build\" content=\"7\">"));
        const std::string tail = "</html>\n<!-- concord-build 7 -->\n";
        ASSERT_GE(resource.body.size(), tail.size());
        EXPECT_EQ(tail, resource.body.substr(resource.body.size() - tail.size()));
        EXPECT_EQ(std::string::npos, resource.body.find("http-equiv=\"refresh\""));
    }
}

TEST(PublishSite, ALiveSiteReloadsAndAFailedRebuildIsAnnounced) {
    SiteOptions live = options();
    live.refreshSeconds = 60;
    live.failure = BuildFailure{"2026-10-01 09:05:00", "book.ods: Calc cannot open <it>"};
    const Site site = Site::render(hostileReport(), siteTexts(), live);
    const std::string& index = site.find("index.html")->body;
    EXPECT_NE(std::string::npos, index.find("<meta http-equiv=\"refresh\" content=\"60\">"));
    EXPECT_NE(std::string::npos,
              index.find("The workbook could not be read at 2026-10-01 09:05:00: book.ods: Calc "
                         "cannot open &lt;it&gt;. These pages still show the last good build, "
                         "published at 2026-10-01 09:00."));
}

TEST(PublishSite, RussianPagesSpeakRussian) {
    SiteOptions russian = options();
    russian.language = common::Language::Ru;
    const Site site = Site::render(hostileReport(), siteTexts(), russian);
    const std::string& index = site.find("index.html")->body;
    EXPECT_NE(std::string::npos, index.find("<html lang=\"ru\">"));
    EXPECT_NE(std::string::npos, index.find("Карта показателей компании"));
    // 0.797 → 79,7 % with a decimal comma
    EXPECT_NE(std::string::npos, index.find("79,7 %"));
    EXPECT_NE(std::string::npos, index.find("▲</span> жёлтый</span>"));
}

TEST(PublishSite, OnlyItsOwnPathsAreFound) {
    const Site site = Site::render(hostileReport(), siteTexts(), options());
    const struct {
        const char* target;
        const char* path; // nullptr: refused
    } cases[] = {
        {"/", "index.html"},
        {"/index.html", "index.html"},
        {"/?lang=ru", "index.html"},
        {"/department-SAL.html#kpis", "department-SAL.html"},
        {"/api/scorecards.json", "api/scorecards.json"},
        {"/../../etc/passwd", nullptr},
        {"/%2e%2e/%2e%2e/etc/passwd", nullptr},
        {"/%2e%2e/", nullptr},
        {"/..%2findex.html", nullptr},
        {"//index.html", nullptr},
        {"/./index.html", nullptr},
        {"/INDEX.HTML", nullptr},
        {"/index.html/", nullptr},
        {"/api/", nullptr},
        {"/api", nullptr},
        {"index.html", nullptr},
        {"http://example.com/index.html", nullptr},
        {"", nullptr},
        {"*", nullptr},
        {"/department-SAL.html%00", nullptr},
    };
    for (const auto& row : cases) {
        SCOPED_TRACE(row.target);
        const Resource* found = site.lookup(row.target);
        if (!row.path) {
            EXPECT_EQ(nullptr, found);
            continue;
        }
        ASSERT_NE(nullptr, found);
        EXPECT_EQ(site.find(row.path), found);
    }
}

TEST(PublishSite, DepartmentPathsKeepSafeUniqueCodesAndNumberTheRest) {
    // "SAL" stays; "sal" clashes with it without regard to case, so both are numbered;
    // Cyrillic, a slash and a 41-character code are numbered too
    const nlohmann::json departments = {{"departments",
                                         {{{"code", "OPS"}},
                                          {{"code", "Отдел"}},
                                          {{"code", "a/b"}},
                                          {{"code", "SAL"}},
                                          {{"code", "sal"}},
                                          {{"code", std::string(41, 'x')}},
                                          {{"code", "n2"}}}}};
    EXPECT_EQ(
        (std::vector<std::string>{"department-OPS.html", "department-n2_.html",
                                  "department-n3.html", "department-n4.html", "department-n5.html",
                                  "department-n6.html", "department-n2.html"}),
        Site::departmentPaths(departments));
}

TEST(PublishSite, ErrorPagesAreCompleteAndSayNothingOfTheRequest) {
    const std::string page = Site::errorPage(siteTexts(), common::Language::Ru,
                                             "site.not_found_title", "site.not_found");
    EXPECT_EQ(0u, page.find("<!DOCTYPE html>"));
    EXPECT_NE(std::string::npos, page.find("<title>Не найдено</title>"));
    EXPECT_NE(std::string::npos, page.find("</html>\n"));
}

TEST(PublishTexts, EverySiteTextExistsInBothLanguages) {
    for (const std::string& id : Texts::requiredIds()) {
        SCOPED_TRACE(id);
        EXPECT_FALSE(siteTexts().text(id, common::Language::En).empty());
        EXPECT_FALSE(siteTexts().text(id, common::Language::Ru).empty());
    }
}

TEST(PublishTexts, AMissingSiteTextIsNamed) {
    const nlohmann::json sheets =
        nlohmann::json::parse(std::ifstream(CONCORD_DATA_DIR "/sheets.json"));
    nlohmann::json site = nlohmann::json::parse(std::ifstream(CONCORD_DATA_DIR "/publish.json"));
    site["texts"].erase("site.footer");
    try {
        Texts texts(sheets, site);
        FAIL() << "no error";
    } catch (const common::Error& error) {
        EXPECT_EQ("texts.missing", error.id());
        EXPECT_EQ("site.footer", error.value());
    }
}
