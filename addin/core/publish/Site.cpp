#include "core/publish/Site.hpp"

#include "core/publish/Context.hpp"
#include "core/publish/DepartmentPage.hpp"
#include "core/publish/Html.hpp"
#include "core/publish/IndexPage.hpp"
#include "core/publish/RequestsPage.hpp"
#include "core/publish/SmartPage.hpp"
#include "core/publish/Styles.hpp"

#include <Poco/String.h>

#include <set>

namespace concord::core::publish {

namespace {

const char htmlType[] = "text/html; charset=utf-8";
const char cssType[] = "text/css; charset=utf-8";
const char jsonType[] = "application/json; charset=utf-8";
const char indexPath[] = "index.html";
const char pagePrefix[] = "department-";
const char pageSuffix[] = ".html";
constexpr std::size_t longestCodeInPath = 40;

bool pathSafe(const std::string& code) {
    if (code.empty() || code.size() > longestCodeInPath)
        return false;
    for (const char c : code)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    return true;
}

} // namespace

std::vector<std::string> Site::departmentPaths(const nlohmann::json& report) {
    const nlohmann::json& departments = Context::array(report, "departments");
    std::vector<std::string> codes;
    std::map<std::string, int> uses; // lower-case code → how many departments have it
    for (const nlohmann::json& department : departments) {
        codes.push_back(Context::string(department, "code"));
        ++uses[Poco::toLower(codes.back())];
    }
    std::vector<std::string> paths(codes.size());
    std::set<std::string> taken; // lower-case stems already given
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (pathSafe(codes[i]) && uses[Poco::toLower(codes[i])] == 1) {
            paths[i] = codes[i];
            taken.insert(Poco::toLower(codes[i]));
        }
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (!paths[i].empty())
            continue;
        std::string stem = "n" + std::to_string(i + 1);
        while (taken.count(stem) > 0)
            stem += "_";
        taken.insert(stem);
        paths[i] = stem;
    }
    for (std::string& path : paths)
        path = pagePrefix + path + pageSuffix;
    return paths;
}

Site Site::render(const nlohmann::json& report, const Texts& texts, const SiteOptions& options) {
    Site site;
    site._options = options;
    site._report = report;
    const Context context(site._report, texts, site._options);
    site._resources.emplace(indexPath, Resource{htmlType, indexPage(context)});
    const std::size_t count = Context::array(site._report, "departments").size();
    for (std::size_t i = 0; i < count; ++i)
        site._resources.emplace(context.departmentPath(i),
                                Resource{htmlType, departmentPage(context, i)});
    site._resources.emplace("smart.html", Resource{htmlType, smartPage(context)});
    site._resources.emplace("requests.html", Resource{htmlType, requestsPage(context)});
    site._resources.emplace("style.css", Resource{cssType, styles()});
    site._resources.emplace(
        "api/scorecards.json",
        Resource{jsonType,
                 site._report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
                     "\n"});
    return site;
}

const Resource* Site::lookup(std::string_view target) const {
    const std::size_t end = target.find_first_of("?#");
    const std::string_view path = target.substr(0, end);
    if (path.empty() || path.front() != '/')
        return nullptr;
    if (path == "/")
        return find(indexPath);
    return find(path.substr(1));
}

std::string Site::errorPage(const Texts& texts, common::Language language, std::string_view titleId,
                            std::string_view messageId) {
    const std::string title = Html::escape(texts.text(titleId, language));
    return "<!DOCTYPE html>\n<html lang=\"" + Html::escape(texts.text("site.lang_attr", language)) +
           "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
           "content=\"width=device-width, initial-scale=1\">\n<title>" +
           title +
           "</title>\n<link rel=\"stylesheet\" "
           "href=\"/style.css\">\n</head>\n<body>\n<main>\n<h1>" +
           title + "</h1>\n<p>" + Html::escape(texts.text(messageId, language)) +
           "</p>\n<p><a href=\"/\">" + Html::escape(texts.text("site.nav_company", language)) +
           "</a></p>\n</main>\n</body>\n</html>\n";
}

const Resource* Site::find(std::string_view path) const {
    const auto found = _resources.find(path);
    return found == _resources.end() ? nullptr : &found->second;
}

} // namespace concord::core::publish
