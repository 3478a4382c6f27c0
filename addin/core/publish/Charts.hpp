#pragma once

#include "core/publish/Context.hpp"
#include "core/publish/SvgChart.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace concord::core::publish {

/// The points of a history [{period, score, status}] (oldest first) for SvgChart::line.
std::vector<ChartPoint> scorePoints(const Context& context, const nlohmann::json& history);

/// The score line figure of a history (the company's or a department's), with the default
/// thresholds; "" when the history is empty. name: whose score (plain text); id: the
/// chart's element id.
std::string scoreFigure(const Context& context, const nlohmann::json& history,
                        const std::string& name, const std::string& id);

} // namespace concord::core::publish
