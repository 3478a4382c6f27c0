#include "core/publish/Page.hpp"

#include "core/publish/Html.hpp"

namespace concord::core::publish {

namespace {

const char indexPage[] = "index.html";
const char smartPage[] = "smart.html";
const char requestsPage[] = "requests.html";

std::string navItem(const std::string& href, const std::string& label, const std::string& current) {
    const bool here = href == current;
    return "<li><a href=\"" + Html::escape(href) + "\"" + (here ? " aria-current=\"page\"" : "") +
           ">" + label + "</a></li>";
}

} // namespace

Page::Page(const Context& context, std::string current, std::string title)
    : _context(context), _current(std::move(current)), _title(std::move(title)) {}

Page& Page::add(std::string_view html) {
    _content.append(html);
    return *this;
}

std::string Page::finish() const {
    const SiteOptions& options = _context.options();
    const std::string build = Html::escape(options.buildId);
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + _context.html("site.lang_attr") +
                       "\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"concord-build\" content=\"" +
                       build + "\">\n";
    if (options.refreshSeconds > 0)
        html += "<meta http-equiv=\"refresh\" content=\"" + std::to_string(options.refreshSeconds) +
                "\">\n";
    html += "<title>" + Html::escape(_title) +
            "</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n"
            "<a class=\"skip\" href=\"#main\">" +
            _context.html("site.skip") + "</a>\n<header class=\"site\"><nav aria-label=\"" +
            _context.html("site.nav") + "\"><ul>";
    html += navItem(indexPage, _context.html("site.nav_company"), _current);
    const nlohmann::json& departments = Context::array(_context.report(), "departments");
    for (std::size_t i = 0; i < departments.size(); ++i) {
        const std::string code = Context::string(departments[i], "code");
        html += navItem(_context.departmentPath(i), Html::escape(_context.departmentName(code)),
                        _current);
    }
    html += navItem(smartPage, _context.html("site.nav_smart"), _current);
    html += navItem(requestsPage, _context.html("site.nav_requests"), _current);
    html += "</ul></nav></header>\n";
    if (options.failure)
        html += "<div class=\"banner\" role=\"alert\"><span class=\"icon\" "
                "aria-hidden=\"true\">⚠</span> " +
                _context.html("site.stale_banner", {{"time", options.failure->at},
                                                    {"reason", options.failure->reason},
                                                    {"built", options.publishedAt}}) +
                "</div>\n";
    html += "<main id=\"main\">\n<h1>" + Html::escape(_title) + "</h1>\n";
    html += "<p class=\"period\">" +
            _context.html("site.period",
                          {{"period", Context::string(_context.report(), "period")},
                           {"date", _context.date(Context::string(_context.report(), "as_of"))}}) +
            "</p>\n";
    html += _content;
    html +=
        "</main>\n<footer class=\"site\"><p>" +
        _context.html("site.generated", {{"file", options.source}, {"time", options.publishedAt}}) +
        "</p>";
    if (options.refreshSeconds > 0)
        html += "<p>" +
                _context.html("site.live", {{"seconds", std::to_string(options.refreshSeconds)}}) +
                "</p>";
    html += "<p>" + _context.html("site.footer") + "</p></footer>\n</body>\n</html>\n";
    html += "<!-- concord-build " + build + " -->\n";
    return html;
}

} // namespace concord::core::publish
