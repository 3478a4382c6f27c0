#include "core/publish/DepartmentPage.hpp"

#include "core/kpi/Status.hpp"
#include "core/publish/Charts.hpp"
#include "core/publish/Html.hpp"
#include "core/publish/Page.hpp"

namespace concord::core::publish {

namespace {

using nlohmann::json;

std::string summary(const Context& context, const json& department) {
    const json& status = Context::field(department, "status");
    const json& score = Context::field(department, "score");
    std::string html = "<section class=\"summary\"><p class=\"big-score status-" +
                       std::string(SvgChart::statusClass(Context::status(status))) +
                       "\"><span class=\"label\">" + context.html("label.department_score") +
                       "</span> <span class=\"value\">" +
                       Html::escape(Context::ratio(score) ? context.percent(score)
                                                          : context.plain("site.no_score")) +
                       "</span> " + context.statusBadge(status) + "</p><ul class=\"facts\">";
    html += "<li>" +
            context.html("site.kpi_counts",
                         {{"green", context.number(Context::field(department, "green"))},
                          {"amber", context.number(Context::field(department, "amber"))},
                          {"red", context.number(Context::field(department, "red"))}}) +
            "</li>";
    html += "<li>" +
            context.html("site.on_time_out",
                         {{"value", context.percent(Context::field(department, "on_time_out"))}}) +
            "</li><li>" +
            context.html("site.on_time_in",
                         {{"value", context.percent(Context::field(department, "on_time_in"))}}) +
            "</li></ul></section>\n";
    return html;
}

/// What a KPI without an actual shows instead of its value: stale, with its last period.
std::string staleText(const Context& context, const json& kpi) {
    const std::string last = Context::string(kpi, "last_period");
    return last.empty() ? context.plain("site.stale_never")
                        : context.plain("site.stale", {{"period", last}});
}

std::string kpiBars(const Context& context, const json& kpis) {
    if (kpis.empty())
        return {};
    std::vector<ChartPoint> points;
    for (const json& kpi : kpis) {
        const json& attainment = Context::field(kpi, "attainment");
        const json& status = Context::field(kpi, "status");
        std::string valueText = Context::ratio(attainment)
                                    ? context.percent(attainment) + " " + context.statusWord(status)
                                    : staleText(context, kpi);
        points.push_back({Context::string(kpi, "id"), Context::ratio(attainment),
                          Context::status(status), valueText,
                          Context::string(kpi, "id") + " " + Context::string(kpi, "name")});
    }
    const std::string period = Context::string(context.report(), "period");
    const ChartLabels labels = context.chartLabels(
        "kpi-chart", context.plain("site.chart_kpis", {{"period", period}}),
        context.plain("site.chart_kpis_desc", {{"period", period},
                                               {"amber", context.percent(kpi::defaultAmberFrom)},
                                               {"green", context.percent(kpi::defaultGreenFrom)}}),
        kpi::defaultAmberFrom, kpi::defaultGreenFrom);
    return context.figure(
        SvgChart::bars(points, kpi::defaultAmberFrom, kpi::defaultGreenFrom, labels), labels,
        points, context.plain("col.kpi"), context.plain("col.attainment"));
}

/// The KPI's attainment over the history as a sparkline, named by its values in words.
std::string kpiSparkline(const Context& context, const json& kpi) {
    std::vector<ChartPoint> points;
    std::string label;
    for (const json& point : Context::array(kpi, "history")) {
        const json& attainment = Context::field(point, "attainment");
        const json& status = Context::field(point, "status");
        const std::string period = Context::string(point, "period");
        points.push_back({period, Context::ratio(attainment), Context::status(status), {}, {}});
        label += (label.empty() ? "" : "; ") + period + ": " +
                 (Context::ratio(attainment)
                      ? context.percent(attainment) + " " + context.statusWord(status)
                      : context.plain("site.status_none"));
    }
    const double green =
        Context::ratio(Context::field(kpi, "green_from")).value_or(core::kpi::defaultGreenFrom);
    return SvgChart::sparkline(points, green, label);
}

std::string kpiTable(const Context& context, const json& kpis) {
    std::string html = "<section><h2>" + context.html("site.kpis") +
                       "</h2><div class=\"scroll\"><table class=\"scorecard\" id=\"kpis\"><thead>"
                       "<tr>";
    for (const char* id :
         {"col.id", "col.kpi", "col.unit", "col.direction", "col.target", "col.actual",
          "col.previous", "col.attainment", "col.score", "col.status", "site.trend", "col.weight"})
        html += "<th scope=\"col\">" + context.html(id) + "</th>";
    html += "</tr></thead><tbody>";
    for (const json& kpi : kpis) {
        const json& status = Context::field(kpi, "status");
        const bool stale = Context::field(kpi, "stale") == true;
        const std::string direction = Context::string(kpi, "direction");
        std::string target = context.number(Context::field(kpi, "target"));
        if (direction == "range" && Context::ratio(Context::field(kpi, "target_max")))
            target += " – " + context.number(Context::field(kpi, "target_max"));
        html += "<tr class=\"row-" + std::string(SvgChart::statusClass(Context::status(status))) +
                "\"><td>" + Html::escape(Context::string(kpi, "id")) + "</td><th scope=\"row\">" +
                Html::escape(Context::string(kpi, "name")) + "</th><td>" +
                Html::escape(Context::string(kpi, "unit")) + "</td><td>" +
                (direction.empty() ? std::string() : context.html("direction." + direction)) +
                "</td><td class=\"num\">" + Html::escape(target) + "</td><td class=\"num\">" +
                Html::escape(context.number(Context::field(kpi, "actual"))) +
                "</td><td class=\"num\">" +
                Html::escape(context.number(Context::field(kpi, "previous"))) +
                "</td><td class=\"num\">" +
                Html::escape(Context::ratio(Context::field(kpi, "attainment"))
                                 ? context.percent(Context::field(kpi, "attainment"))
                                 : std::string()) +
                "</td><td class=\"num\">" +
                Html::escape(Context::ratio(Context::field(kpi, "score"))
                                 ? context.percent(Context::field(kpi, "score"))
                                 : std::string()) +
                "</td><td class=\"status-cell\">";
        if (stale)
            html += "<span class=\"status status-none\"><span class=\"icon\" "
                    "aria-hidden=\"true\">⏸</span> " +
                    Html::escape(staleText(context, kpi)) + "</span>";
        else
            html += context.statusBadge(status);
        html += "</td><td class=\"trend\">" + kpiSparkline(context, kpi) +
                "</td><td class=\"num\">" +
                Html::escape(context.number(Context::field(kpi, "weight"))) + "</td></tr>";
    }
    return html + "</tbody></table></div></section>\n";
}

std::string goals(const Context& context, const std::string& code) {
    std::string rows;
    for (const json& goal : Context::array(context.report(), "goals")) {
        if (Context::string(goal, "department") != code)
            continue;
        const json& score = Context::field(goal, "score");
        rows += "<li><span class=\"goal-id\">" + Html::escape(Context::string(goal, "id")) +
                "</span> " + Html::escape(Context::string(goal, "text")) +
                " <span class=\"smart-score\">SMART " +
                (score.is_number()
                     ? context.html("site.smart_score", {{"score", context.number(score)}})
                     : context.html("site.smart_unchecked")) +
                "</span></li>";
    }
    if (rows.empty())
        rows = "<li>" + context.html("site.no_goals") + "</li>";
    return "<section><h2>" + context.html("site.goals") + "</h2><ul class=\"goals\">" + rows +
           "</ul></section>\n";
}

} // namespace

std::string departmentPage(const Context& context, std::size_t index) {
    const json& department = Context::array(context.report(), "departments")[index];
    const std::string code = Context::string(department, "code");
    const std::string name = context.departmentName(code);
    Page page(context, context.departmentPath(index),
              context.plain("title.scorecard", {{"name", name}, {"code", code}}));
    page.add(summary(context, department));
    const json& kpis = Context::array(department, "kpis");
    page.add("<div class=\"charts\">");
    page.add(scoreFigure(context, Context::field(department, "history"), name, "score-chart"));
    page.add(kpiBars(context, kpis));
    page.add("</div>\n");
    page.add(kpiTable(context, kpis));
    page.add(goals(context, code));
    return page.finish();
}

} // namespace concord::core::publish
