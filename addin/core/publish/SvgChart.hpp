#pragma once

#include <optional>
#include <string>
#include <vector>

namespace concord::core::publish {

/// One value of a chart: a period of a score line, or one bar.
struct ChartPoint {
    std::string label;           ///< the period, KPI ID or department code (plain text)
    std::optional<double> value; ///< a ratio (0.95 = 95 %), empty when not computable
    std::optional<int> status;   ///< KPI.STATUS: 1 green, 0 amber, −1 red; empty: none
    std::string valueText;       ///< how the value reads (plain text, e.g. "87.5 % amber")
    std::string title;           ///< a longer name shown as the tooltip, or empty
};

/// The words of one chart (plain text; the chart escapes them) and its element id.
struct ChartLabels {
    std::string id;          ///< unique in the page ([a-z0-9-]), prefixes the ids inside
    std::string title;       ///< the chart's accessible name
    std::string description; ///< what it shows, in a sentence
    std::string amber;       ///< the label of the amber threshold line ("amber 70 %")
    std::string green;       ///< the label of the green threshold line
};

/// Inline SVG charts of the history (DESIGN §3) drawn by the core: no script, no external
/// file, readable in grey (each status has its own marker shape and a word in the tooltip,
/// the bars carry the status icon next to their value). Each chart is an <svg role="img">
/// with <title> and <desc>; the page adds a table of the numbers as the text alternative.
/// Coordinates are in a fixed viewBox; the CSS scales the chart to the page's width.
class SvgChart {
public:
    /// The score line: points left to right (oldest first), a line through the consecutive
    /// points that have a value (a gap where one has none), a marker per value shaped by its
    /// status (green circle, amber triangle, red square), dashed lines at amberFrom and
    /// greenFrom, a y axis in percent from 0 to at least 120 % and one label per period.
    /// Never throws.
    static std::string line(const std::vector<ChartPoint>& points, double amberFrom,
                            double greenFrom, const ChartLabels& labels);

    /// Horizontal bars, one per point top to bottom: the label on the left, a bar as long as
    /// the value (a value below 0 draws none; the axis runs to 120 %, or to the largest value
    /// up to 200 %, beyond which a bar is cut and its text tells the real value), filled by
    /// status (grey when none), then the value text and the status icon. Dashed lines at
    /// amberFrom and greenFrom. Never throws.
    static std::string bars(const std::vector<ChartPoint>& points, double amberFrom,
                            double greenFrom, const ChartLabels& labels);

    /// A sparkline of a KPI's history for a table cell (120 × 28): a line through the
    /// consecutive values (oldest left), a dashed line at greenFrom, the last value's
    /// marker shaped by its status. label (plain text) is its accessible name, e.g. every
    /// period's value in words. Values are drawn on 0…120 % (clamped). "" for no points.
    static std::string sparkline(const std::vector<ChartPoint>& points, double greenFrom,
                                 const std::string& label);

    /// The icon of a status, which tells it apart without colour: ✔ green, ▲ amber, ✖ red,
    /// ○ none.
    static const char* icon(std::optional<int> status);

    /// The CSS class suffix of a status: "green", "amber", "red" or "none".
    static const char* statusClass(std::optional<int> status);
};

} // namespace concord::core::publish
