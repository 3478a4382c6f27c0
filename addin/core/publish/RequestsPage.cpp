#include "core/publish/RequestsPage.hpp"

#include "core/kpi/Status.hpp"
#include "core/publish/Html.hpp"
#include "core/publish/Page.hpp"
#include "core/report/RequestResult.hpp"

namespace concord::core::publish {

namespace {

using nlohmann::json;

/// The status of an on-time share, by the default thresholds (as a KPI would be).
std::optional<int> shareStatus(const json& share) {
    const std::optional<double> value = Context::ratio(share);
    if (!value)
        return std::nullopt;
    return *value >= kpi::defaultGreenFrom ? 1 : (*value >= kpi::defaultAmberFrom ? 0 : -1);
}

std::string matrix(const Context& context) {
    const json& departments = Context::array(context.report(), "departments");
    const json& cells = Context::array(context.report(), "matrix");
    std::string html =
        "<section><h2>" + context.html("site.matrix") + "</h2><p class=\"note\">" +
        context.html("note.requests", {{"window", std::to_string(report::onTimeWindow)}}) + "</p>";
    if (cells.empty())
        return html + "<p>" + context.html("site.matrix_none") + "</p></section>\n";
    html += "<div class=\"scroll\"><table class=\"matrix\" id=\"matrix\"><thead><tr><th "
            "scope=\"col\">" +
            context.html("col.requester") + "</th>";
    for (const json& provider : departments)
        html += "<th scope=\"col\">" + context.departmentLink(Context::string(provider, "code")) +
                "</th>";
    html += "</tr></thead><tbody>";
    for (const json& requester : departments) {
        const std::string from = Context::string(requester, "code");
        html += "<tr><th scope=\"row\">" + context.departmentLink(from) + "</th>";
        for (const json& provider : departments) {
            const std::string to = Context::string(provider, "code");
            if (to == from) {
                html += "<td class=\"diagonal\"></td>";
                continue;
            }
            const json* found = nullptr;
            for (const json& cell : cells)
                if (Context::string(cell, "from") == from && Context::string(cell, "to") == to)
                    found = &cell;
            if (!found) {
                html += "<td></td>";
                continue;
            }
            const json& share = Context::field(*found, "on_time");
            const std::optional<int> status = shareStatus(share);
            html += "<td class=\"share share-" + std::string(SvgChart::statusClass(status)) +
                    "\"><span class=\"icon\" aria-hidden=\"true\">" + SvgChart::icon(status) +
                    "</span> " +
                    context.html("site.matrix_cell",
                                 {{"agreed", context.number(Context::field(*found, "agreed"))},
                                  {"on_time", context.percent(share)}}) +
                    "</td>";
        }
        html += "</tr>";
    }
    return html + "</tbody></table></div></section>\n";
}

std::string requestStatus(const Context& context, const json& request) {
    const std::string status = Context::string(request, "status");
    if (Context::field(request, "agreed") != true || status.empty())
        return "<span class=\"status status-none\"><span class=\"icon\" "
               "aria-hidden=\"true\">○</span> " +
               context.html("request.not_agreed") + "</span>";
    struct Look {
        const char* code;
        const char* id;
        const char* cls;
        const char* icon;
    };
    static const Look looks[] = {{"on time", "request.on_time", "green", "✔"},
                                 {"late", "request.late", "amber", "▲"},
                                 {"overdue", "request.overdue", "red", "✖"},
                                 {"open", "request.open", "none", "○"}};
    for (const Look& look : looks)
        if (status == look.code)
            return std::string("<span class=\"status status-") + look.cls +
                   "\"><span class=\"icon\" aria-hidden=\"true\">" + look.icon + "</span> " +
                   context.html(look.id) + "</span>";
    return Html::escape(status);
}

std::string escalations(const Context& context) {
    std::string rows;
    for (const json& request : Context::array(context.report(), "requests")) {
        const json& ladder = Context::field(request, "ladder");
        if (!ladder.is_number() || ladder.get<double>() < 1)
            continue;
        const std::string step = context.number(ladder);
        const std::string to = Context::string(request, "to");
        rows += "<tr class=\"step-" + Html::escape(step) + "\"><td>" +
                Html::escape(Context::string(request, "id")) + "</td><td>" +
                context.departmentLink(Context::string(request, "from")) + "</td><td>" +
                context.departmentLink(to) + "</td><th scope=\"row\">" +
                Html::escape(Context::string(request, "what")) + "</th><td class=\"status-cell\">" +
                requestStatus(context, request) + "</td><td><span class=\"step\">" +
                context.html("site.step", {{"step", step}}) + "</span> " +
                context.html("ladder." + step, {{"to", context.departmentName(to)}}) + "</td><td>" +
                Html::escape(Context::string(request, "escalation")) + "</td></tr>";
    }
    std::string html = "<section><h2>" + context.html("title.escalations") +
                       "</h2><p class=\"note\">" + context.html("note.escalations") + "</p>";
    if (rows.empty())
        return html + "<p>" +
               context.html("site.escalations_none",
                            {{"period", Context::string(context.report(), "period")}}) +
               "</p></section>\n";
    html += "<div class=\"scroll\"><table class=\"register\" id=\"escalations\"><thead><tr>";
    for (const char* id : {"col.id", "col.from", "col.to", "col.what", "col.request_status",
                           "col.action", "col.escalation"})
        html += "<th scope=\"col\">" + context.html(id) + "</th>";
    return html + "</tr></thead><tbody>" + rows + "</tbody></table></div></section>\n";
}

std::string registerTable(const Context& context) {
    std::string html = "<section><h2>" + context.html("label.register") +
                       "</h2><div class=\"scroll\"><table class=\"register\" "
                       "id=\"register\"><thead><tr>";
    for (const char* id :
         {"col.id", "col.from", "col.to", "col.what", "col.frequency", "col.agreed", "col.due",
          "col.delivered", "col.request_status", "col.on_time", "col.missed_in_a_row", "col.step"})
        html += "<th scope=\"col\">" +
                context.html(id, {{"window", std::to_string(report::onTimeWindow)}}) + "</th>";
    html += "</tr></thead><tbody>";
    for (const json& request : Context::array(context.report(), "requests")) {
        const std::string frequency = Context::string(request, "frequency");
        html +=
            "<tr><td>" + Html::escape(Context::string(request, "id")) + "</td><td>" +
            context.departmentLink(Context::string(request, "from")) + "</td><td>" +
            context.departmentLink(Context::string(request, "to")) + "</td><th scope=\"row\">" +
            Html::escape(Context::string(request, "what")) + "</th><td>" +
            (frequency.empty() ? std::string() : context.html("frequency." + frequency)) +
            "</td><td>" +
            context.html(Context::field(request, "agreed") == true ? "agreed.yes" : "agreed.no") +
            "</td><td>" + Html::escape(context.date(Context::string(request, "due"))) +
            "</td><td>" + Html::escape(context.date(Context::string(request, "delivered"))) +
            "</td><td class=\"status-cell\">" + requestStatus(context, request) +
            "</td><td class=\"num\">" +
            Html::escape(Context::ratio(Context::field(request, "on_time"))
                             ? context.percent(Context::field(request, "on_time"))
                             : std::string()) +
            "</td><td class=\"num\">" +
            Html::escape(context.number(Context::field(request, "missed_in_a_row"))) +
            "</td><td class=\"num\">" +
            Html::escape(context.number(Context::field(request, "ladder"))) + "</td></tr>";
    }
    return html + "</tbody></table></div></section>\n";
}

} // namespace

std::string requestsPage(const Context& context) {
    Page page(context, "requests.html", context.plain("title.requests"));
    page.add(matrix(context));
    page.add(escalations(context));
    page.add(registerTable(context));
    return page.finish();
}

} // namespace concord::core::publish
