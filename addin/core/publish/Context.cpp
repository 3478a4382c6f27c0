#include "core/publish/Context.hpp"

#include "core/common/NumberText.hpp"
#include "core/publish/Html.hpp"

#include <cmath>

namespace concord::core::publish {

namespace {

common::Language siteLanguage(const nlohmann::json& report, const SiteOptions& options) {
    if (options.language)
        return *options.language;
    return Context::string(report, "language") == "ru" ? common::Language::Ru
                                                       : common::Language::En;
}

} // namespace

Context::Context(const nlohmann::json& report, const Texts& texts, const SiteOptions& options)
    : _report(report), _texts(texts), _options(options), _language(siteLanguage(report, options)),
      _departmentPaths(Site::departmentPaths(report)) {}

std::string Context::html(std::string_view id) const {
    return Html::escape(plain(id));
}

std::string Context::html(std::string_view id,
                          const std::vector<std::pair<std::string, std::string>>& values) const {
    return Html::escape(plain(id, values));
}

std::string Context::plain(std::string_view id) const {
    return _texts.text(id, _language);
}

std::string Context::plain(std::string_view id,
                           const std::vector<std::pair<std::string, std::string>>& values) const {
    return _texts.format(id, _language, values);
}

std::string Context::percent(const nlohmann::json& value) const {
    const std::optional<double> number = ratio(value);
    if (!number)
        return plain("site.status_none");
    return plain("site.percent", {{"value", common::NumberText::percent(*number, _language)}});
}

std::string Context::number(const nlohmann::json& value) const {
    const std::optional<double> number = ratio(value);
    return number ? common::NumberText::sentence(*number, _language) : std::string();
}

std::string Context::statusWord(const nlohmann::json& value) const {
    const std::optional<int> code = status(value);
    if (!code)
        return plain("site.status_none");
    return plain(*code > 0 ? "status.green" : (*code == 0 ? "status.amber" : "status.red"));
}

std::string Context::statusBadge(const nlohmann::json& value) const {
    const std::optional<int> code = status(value);
    return std::string("<span class=\"status status-") + SvgChart::statusClass(code) +
           "\"><span class=\"icon\" aria-hidden=\"true\">" + SvgChart::icon(code) + "</span> " +
           Html::escape(statusWord(value)) + "</span>";
}

std::string Context::departmentName(const std::string& code) const {
    for (const nlohmann::json& department : array(_report, "departments"))
        if (string(department, "code") == code) {
            const std::string name = string(department, "name");
            return name.empty() ? code : name;
        }
    return code;
}

std::string Context::departmentLink(const std::string& code) const {
    const nlohmann::json& departments = array(_report, "departments");
    for (std::size_t i = 0; i < departments.size(); ++i)
        if (string(departments[i], "code") == code)
            return "<a href=\"" + Html::escape(_departmentPaths[i]) + "\">" +
                   Html::escape(departmentName(code)) + "</a>";
    return Html::escape(code);
}

std::string Context::date(const std::string& iso) const {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return iso;
    return plain("format.date",
                 {{"year", iso.substr(0, 4)}, {"month", iso.substr(5, 2)}, {"day", iso.substr(8)}});
}

ChartLabels Context::chartLabels(std::string id, std::string title, std::string description,
                                 double amberFrom, double greenFrom) const {
    // a threshold reads as the user typed it: 70 %, not 70.0 %
    const auto whole = [&](double ratio) {
        return plain("site.percent",
                     {{"value", common::NumberText::sentence(ratio * 100, _language)}});
    };
    return {std::move(id), std::move(title), std::move(description),
            plain("site.threshold_amber", {{"value", whole(amberFrom)}}),
            plain("site.threshold_green", {{"value", whole(greenFrom)}})};
}

std::string Context::figure(const std::string& svg, const ChartLabels& labels,
                            const std::vector<ChartPoint>& points, std::string_view labelHeader,
                            std::string_view valueHeader) const {
    std::string out = "<figure class=\"chart-figure\"><figcaption>" + Html::escape(labels.title) +
                      "</figcaption>" + svg + "<details><summary>" + html("site.chart_data") +
                      "</summary><table class=\"data\"><thead><tr><th scope=\"col\">" +
                      Html::escape(labelHeader) + "</th><th scope=\"col\">" +
                      Html::escape(valueHeader) + "</th><th scope=\"col\">" + html("col.status") +
                      "</th></tr></thead><tbody>";
    for (const ChartPoint& point : points) {
        const std::string name = point.title.empty() ? point.label : point.title;
        out += "<tr><th scope=\"row\">" + Html::escape(name) + "</th><td class=\"num\">" +
               Html::escape(point.value               ? percent(*point.value)
                            : point.valueText.empty() ? plain("site.status_none")
                                                      : point.valueText) +
               "</td><td>" +
               statusBadge(point.status ? nlohmann::json(*point.status) : nlohmann::json()) +
               "</td></tr>";
    }
    return out + "</tbody></table></details></figure>";
}

std::optional<int> Context::status(const nlohmann::json& value) {
    if (!value.is_number())
        return std::nullopt;
    return static_cast<int>(std::lround(value.get<double>()));
}

std::optional<double> Context::ratio(const nlohmann::json& value) {
    if (!value.is_number())
        return std::nullopt;
    const double number = value.get<double>();
    return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

const nlohmann::json& Context::field(const nlohmann::json& object, const char* key) {
    static const nlohmann::json null;
    if (!object.is_object())
        return null;
    const auto found = object.find(key);
    return found != object.end() ? *found : null;
}

std::string Context::string(const nlohmann::json& object, const char* key) {
    if (!object.is_object())
        return {};
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

const nlohmann::json& Context::array(const nlohmann::json& object, const char* key) {
    static const nlohmann::json empty = nlohmann::json::array();
    if (!object.is_object())
        return empty;
    const auto found = object.find(key);
    return found != object.end() && found->is_array() ? *found : empty;
}

} // namespace concord::core::publish
