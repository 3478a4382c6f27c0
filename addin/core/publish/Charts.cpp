#include "core/publish/Charts.hpp"

#include "core/kpi/Status.hpp"

namespace concord::core::publish {

std::vector<ChartPoint> scorePoints(const Context& context, const nlohmann::json& history) {
    std::vector<ChartPoint> points;
    if (!history.is_array())
        return points;
    for (const nlohmann::json& point : history) {
        const nlohmann::json& score = Context::field(point, "score");
        const nlohmann::json& status = Context::field(point, "status");
        points.push_back({Context::string(point, "period"),
                          Context::ratio(score),
                          Context::status(status),
                          Context::ratio(score)
                              ? context.percent(score) + " " + context.statusWord(status)
                              : context.plain("site.no_score"),
                          {}});
    }
    return points;
}

std::string scoreFigure(const Context& context, const nlohmann::json& history,
                        const std::string& name, const std::string& id) {
    const std::vector<ChartPoint> points = scorePoints(context, history);
    if (points.empty())
        return {};
    std::string latest = context.plain("site.no_score");
    if (points.back().value)
        latest = points.back().valueText;
    const ChartLabels labels = context.chartLabels(
        id,
        context.plain("site.chart_score", {{"name", name},
                                           {"count", std::to_string(points.size())},
                                           {"period", points.back().label}}),
        context.plain("site.chart_score_desc", {{"amber", context.percent(kpi::defaultAmberFrom)},
                                                {"green", context.percent(kpi::defaultGreenFrom)},
                                                {"latest", latest}}),
        kpi::defaultAmberFrom, kpi::defaultGreenFrom);
    return context.figure(
        SvgChart::line(points, kpi::defaultAmberFrom, kpi::defaultGreenFrom, labels), labels,
        points, context.plain("col.period"), context.plain("col.score"));
}

} // namespace concord::core::publish
