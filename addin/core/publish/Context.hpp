#pragma once

#include "core/common/Language.hpp"
#include "core/publish/Site.hpp"
#include "core/publish/SvgChart.hpp"
#include "core/publish/Texts.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core::publish {

/// What every page of one site needs: the report, the words in the site's language, the
/// options, the departments' page paths, and the formatting of numbers and statuses. The
/// methods named html… and the Html-returning ones return escaped markup; the others plain
/// text, which the caller escapes.
class Context {
public:
    Context(const nlohmann::json& report, const Texts& texts, const SiteOptions& options);

    const nlohmann::json& report() const { return _report; }
    common::Language language() const { return _language; }
    const SiteOptions& options() const { return _options; }

    /// The site text id, escaped for HTML.
    std::string html(std::string_view id) const;
    /// The site text id with its placeholders filled (values are plain text), escaped.
    std::string html(std::string_view id,
                     const std::vector<std::pair<std::string, std::string>>& values) const;
    /// The same as plain text (for charts, which escape themselves).
    std::string plain(std::string_view id) const;
    std::string plain(std::string_view id,
                      const std::vector<std::pair<std::string, std::string>>& values) const;

    /// A ratio as "87.5 %" (ru "87,5 %"); the "no data" words when ratio is not a number.
    std::string percent(const nlohmann::json& ratio) const;
    /// A number as a sentence writes it ("1234.5", ru "1234,5"); "" when not a number.
    std::string number(const nlohmann::json& value) const;
    /// The status word (green, amber, red; "no data" for null).
    std::string statusWord(const nlohmann::json& status) const;
    /// <span class="status status-green"><span aria-hidden="true">✔</span> green</span>.
    std::string statusBadge(const nlohmann::json& status) const;
    /// The department's name (its code when the report does not know it).
    std::string departmentName(const std::string& code) const;
    /// A link to the department's page with its name (escaped markup), or the escaped
    /// code when it has no page.
    std::string departmentLink(const std::string& code) const;
    /// The page file of the department at position index of the report.
    const std::string& departmentPath(std::size_t index) const { return _departmentPaths[index]; }
    /// The date as the sheets write it (format.date: 2026-09-30, ru 30.09.2026); the text
    /// itself when it is not an ISO date.
    std::string date(const std::string& iso) const;

    /// The threshold labels of a chart ("amber 70 %", "green 95 %").
    ChartLabels chartLabels(std::string id, std::string title, std::string description,
                            double amberFrom, double greenFrom) const;
    /// A figure: the caption, the chart, and its numbers as a table under a <details>
    /// (no script): one row per point with label, value text and status word.
    std::string figure(const std::string& svg, const ChartLabels& labels,
                       const std::vector<ChartPoint>& points, std::string_view labelHeader,
                       std::string_view valueHeader) const;

    /// KPI.STATUS of a JSON value: empty unless it is a number.
    static std::optional<int> status(const nlohmann::json& value);
    /// A JSON number, or empty.
    static std::optional<double> ratio(const nlohmann::json& value);
    /// The value at key of object, or null (absent, or object is not an object).
    static const nlohmann::json& field(const nlohmann::json& object, const char* key);
    /// The string at key of object, or "" (null, absent or not a string).
    static std::string string(const nlohmann::json& object, const char* key);
    /// The array at key of object, or an empty array.
    static const nlohmann::json& array(const nlohmann::json& object, const char* key);

private:
    const nlohmann::json& _report;
    const Texts& _texts;
    const SiteOptions& _options;
    common::Language _language;
    std::vector<std::string> _departmentPaths;
};

} // namespace concord::core::publish
