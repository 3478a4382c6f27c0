#include "core/publish/IndexPage.hpp"

#include "core/kpi/Status.hpp"
#include "core/publish/Charts.hpp"
#include "core/publish/Html.hpp"
#include "core/publish/Page.hpp"

namespace concord::core::publish {

namespace {

std::string summary(const Context& context) {
    const nlohmann::json& company = Context::field(context.report(), "company");
    const nlohmann::json score = Context::field(company, "score");
    const nlohmann::json status = Context::field(company, "status");
    return "<section class=\"summary\" aria-label=\"" + context.html("site.company_score") +
           "\"><p class=\"big-score status-" + SvgChart::statusClass(Context::status(status)) +
           "\"><span class=\"label\">" + context.html("site.company_score") +
           "</span> <span class=\"value\" id=\"company-score\">" +
           Html::escape(Context::ratio(score) ? context.percent(score)
                                              : context.plain("site.no_score")) +
           "</span> " + context.statusBadge(status) + "</p></section>\n";
}

std::string departmentBars(const Context& context) {
    const nlohmann::json& departments = Context::array(context.report(), "departments");
    if (departments.empty())
        return {};
    std::vector<ChartPoint> points;
    for (const nlohmann::json& department : departments) {
        const nlohmann::json score = Context::field(department, "score");
        const nlohmann::json status = Context::field(department, "status");
        points.push_back(
            {Context::string(department, "code"), Context::ratio(score), Context::status(status),
             Context::ratio(score) ? context.percent(score) + " " + context.statusWord(status)
                                   : context.plain("site.no_score"),
             context.departmentName(Context::string(department, "code"))});
    }
    const std::string period = Context::string(context.report(), "period");
    const ChartLabels labels = context.chartLabels(
        "departments-chart", context.plain("site.chart_departments", {{"period", period}}),
        context.plain("site.chart_departments_desc",
                      {{"period", period},
                       {"amber", context.percent(kpi::defaultAmberFrom)},
                       {"green", context.percent(kpi::defaultGreenFrom)}}),
        kpi::defaultAmberFrom, kpi::defaultGreenFrom);
    return context.figure(
        SvgChart::bars(points, kpi::defaultAmberFrom, kpi::defaultGreenFrom, labels), labels,
        points, context.plain("col.department"), context.plain("col.score"));
}

std::string departmentTable(const Context& context) {
    const nlohmann::json& departments = Context::array(context.report(), "departments");
    std::string html = "<section><h2>" + context.html("site.departments") +
                       "</h2><div class=\"scroll\"><table class=\"scorecard\" "
                       "id=\"departments\"><thead><tr>";
    for (const char* id : {"col.department", "col.score", "col.status", "col.green", "col.amber",
                           "col.red", "col.on_time_out", "col.on_time_in"})
        html += "<th scope=\"col\">" + context.html(id) + "</th>";
    html += "</tr></thead><tbody>";
    for (const nlohmann::json& department : departments) {
        const std::string code = Context::string(department, "code");
        const nlohmann::json status = Context::field(department, "status");
        html += "<tr class=\"row-" + std::string(SvgChart::statusClass(Context::status(status))) +
                "\" data-code=\"" + Html::escape(code) + "\"><th scope=\"row\">" +
                context.departmentLink(code) + "</th><td class=\"num\">" +
                Html::escape(context.percent(Context::field(department, "score"))) +
                "</td><td class=\"status-cell\">" + context.statusBadge(status) + "</td>";
        for (const char* key : {"green", "amber", "red"})
            html += "<td class=\"num\">" +
                    Html::escape(context.number(Context::field(department, key))) + "</td>";
        for (const char* key : {"on_time_out", "on_time_in"})
            html += "<td class=\"num\">" +
                    Html::escape(context.percent(Context::field(department, key))) + "</td>";
        html += "</tr>";
    }
    return html + "</tbody></table></div></section>\n";
}

std::string problems(const Context& context) {
    const nlohmann::json& list = Context::array(context.report(), "problems");
    if (list.empty())
        return {};
    std::string html = "<section class=\"problems\"><h2>" +
                       context.html("site.problems", {{"count", std::to_string(list.size())}}) +
                       "</h2><ul>";
    for (const nlohmann::json& problem : list)
        html += "<li><span class=\"cell\">" +
                context.html("site.problem_cell", {{"sheet", Context::string(problem, "sheet")},
                                                   {"cell", Context::string(problem, "cell")}}) +
                "</span> " + Html::escape(Context::string(problem, "message")) + "</li>";
    return html + "</ul></section>\n";
}

} // namespace

std::string indexPage(const Context& context) {
    Page page(context, "index.html", context.plain("title.company"));
    page.add(summary(context));
    page.add("<div class=\"charts\">");
    page.add(scoreFigure(context, Context::field(context.report(), "history"),
                         context.plain("site.nav_company"), "company-chart"));
    page.add(departmentBars(context));
    page.add("</div>\n");
    page.add(departmentTable(context));
    page.add(problems(context));
    return page.finish();
}

} // namespace concord::core::publish
