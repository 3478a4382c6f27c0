#include "core/publish/SmartPage.hpp"

#include "core/publish/Html.hpp"
#include "core/publish/Page.hpp"

namespace concord::core::publish {

namespace {

using nlohmann::json;

std::string mark(const Context& context, const json& value) {
    if (!value.is_boolean())
        return "<td class=\"mark mark-none\">–</td>";
    const bool met = value.get<bool>();
    return std::string("<td class=\"mark mark-") + (met ? "met" : "missing") +
           "\"><span aria-hidden=\"true\">" + (met ? "✔" : "✖") + "</span><span class=\"word\">" +
           context.html(met ? "site.smart_met" : "site.smart_missing") + "</span></td>";
}

} // namespace

std::string smartPage(const Context& context) {
    Page page(context, "smart.html", context.plain("title.smart"));
    std::string html = "<div class=\"scroll\"><table class=\"scorecard\" id=\"smart\"><thead><tr>";
    for (const char* id :
         {"col.id", "col.level", "col.department", "col.owner", "col.goal", "col.s", "col.m",
          "col.a", "col.r", "col.t", "col.smart_score", "col.missing", "col.hint"})
        html += "<th scope=\"col\">" + context.html(id) + "</th>";
    html += "</tr></thead><tbody>";
    for (const json& goal : Context::array(context.report(), "goals")) {
        const std::string level = Context::string(goal, "level");
        const std::string department = Context::string(goal, "department");
        const json& score = Context::field(goal, "score");
        html += "<tr><td>" + Html::escape(Context::string(goal, "id")) + "</td><td>" +
                (level.empty() ? std::string() : context.html("level." + level)) + "</td><td>" +
                (department.empty() ? std::string() : context.departmentLink(department)) +
                "</td><td>" + Html::escape(Context::string(goal, "owner")) +
                "</td><th scope=\"row\" class=\"goal-text\">" +
                Html::escape(Context::string(goal, "text")) + "</th>";
        for (const char* letter : {"S", "M", "A", "R", "T"})
            html += mark(context, Context::field(goal, letter));
        html += "<td class=\"num\">" +
                (score.is_number()
                     ? context.html("site.smart_score", {{"score", context.number(score)}})
                     : context.html("site.smart_unchecked")) +
                "</td><td>" + Html::escape(Context::string(goal, "missing")) + "</td><td>" +
                Html::escape(Context::string(goal, "hint")) + "</td></tr>";
    }
    html += "</tbody></table></div>\n";
    page.add(html);
    return page.finish();
}

} // namespace concord::core::publish
