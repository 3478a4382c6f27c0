#include "core/publish/SvgChart.hpp"

#include "core/publish/Html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <string_view>

namespace concord::core::publish {

namespace {

// Line chart geometry, in viewBox units.
constexpr double lineWidth = 640;
constexpr double lineHeight = 270;
constexpr double lineLeft = 56;
constexpr double lineRight = 544;
constexpr double lineTop = 14;
constexpr double lineBottom = 206;
// Bar chart geometry.
constexpr double barsWidth = 640;
constexpr double barsLeft = 150;
constexpr double barsRight = 520;
constexpr double barsTop = 26;
constexpr double barRow = 30;
constexpr double barThickness = 18;
constexpr double barsAxis = 22;
constexpr std::size_t barLabelLength = 18;
// The y axis of the score line: 0 to 120 % at least, ticks every 20 %.
constexpr double axisMinimum = 1.2;
constexpr double axisMaximum = 2.0;
constexpr double tick = 0.2;
constexpr double markerSize = 5;

const char green[] = "#0b6b2e";
const char amber[] = "#f2c230";
const char red[] = "#e05a47";
const char none[] = "#9e9e9e";

/// A coordinate with one decimal, written the same in every locale.
std::string number(double value) {
    const long tenths = std::lround(value * 10);
    const long whole = std::labs(tenths) / 10;
    const long fraction = std::labs(tenths) % 10;
    std::string text = tenths < 0 ? "-" : "";
    text += std::to_string(whole);
    if (fraction != 0)
        text += "." + std::to_string(fraction);
    return text;
}

/// A ratio as a whole percentage for an axis tick: 1.2 → "120 %".
std::string tickText(double ratio) {
    return std::to_string(std::lround(ratio * 100)) + " %";
}

const char* colour(std::optional<int> status) {
    if (!status)
        return none;
    return *status > 0 ? green : (*status == 0 ? amber : red);
}

/// label cut to at most `length` code points (an ellipsis marks the cut).
std::string shortened(const std::string& label, std::size_t length) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < label.size(); ++i) {
        if ((static_cast<unsigned char>(label[i]) & 0xC0) == 0x80)
            continue;
        if (++points > length)
            return label.substr(0, i) + "…";
    }
    return label;
}

std::string open(const ChartLabels& labels, double width, double height) {
    const std::string id = Html::escape(labels.id);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " +
           number(width) + " " + number(height) + "\" role=\"img\" aria-labelledby=\"" + id +
           "-title " + id + "-desc\" id=\"" + id + "\"><title id=\"" + id + "-title\">" +
           Html::escape(labels.title) + "</title><desc id=\"" + id + "-desc\">" +
           Html::escape(labels.description) + "</desc>";
}

std::string text(double x, double y, const std::string& content, std::string_view extra) {
    return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\"" +
           (extra.empty() ? "" : " " + std::string(extra)) + ">" + Html::escape(content) +
           "</text>";
}

std::string segment(double x1, double y1, double x2, double y2, std::string_view cls) {
    return "<line class=\"" + std::string(cls) + "\" x1=\"" + number(x1) + "\" y1=\"" + number(y1) +
           "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2) + "\"/>";
}

/// A marker whose shape tells the status: circle green, triangle amber, square red,
/// hollow circle none.
std::string marker(double x, double y, std::optional<int> status, const std::string& tooltip) {
    const std::string fill = colour(status);
    std::string shape;
    if (status && *status == 0) {
        shape = "<path d=\"M" + number(x) + " " + number(y - markerSize - 1) + " L" +
                number(x + markerSize + 1) + " " + number(y + markerSize) + " L" +
                number(x - markerSize - 1) + " " + number(y + markerSize) + " Z\" fill=\"" + fill +
                "\"";
    } else if (status && *status < 0) {
        shape = "<rect x=\"" + number(x - markerSize) + "\" y=\"" + number(y - markerSize) +
                "\" width=\"" + number(2 * markerSize) + "\" height=\"" + number(2 * markerSize) +
                "\" fill=\"" + fill + "\"";
    } else {
        shape = "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"" +
                number(markerSize) + "\" fill=\"" + (status ? fill : std::string("#fff")) + "\"";
    }
    return shape + " class=\"marker\"><title>" + Html::escape(tooltip) + "</title>" +
           (shape[1] == 'p'   ? "</path>"
            : shape[1] == 'r' ? "</rect>"
                              : "</circle>");
}

constexpr double sparkWidth = 120;
constexpr double sparkHeight = 28;
constexpr double sparkPad = 4;

/// The score line: one polyline per run of two or more consecutive points with a value (a
/// gap where a period has none); x and y place point i and a value.
std::string scoreLine(const std::vector<ChartPoint>& points,
                      const std::function<double(std::size_t)>& x,
                      const std::function<double(double)>& y) {
    std::string svg;
    std::string run;
    std::size_t runLength = 0;
    const auto flush = [&] {
        if (runLength > 1)
            svg += "<polyline class=\"score-line\" points=\"" + run + "\"/>";
        run.clear();
        runLength = 0;
    };
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!points[i].value) {
            flush();
            continue;
        }
        run += (run.empty() ? "" : " ") + number(x(i)) + "," + number(y(*points[i].value));
        ++runLength;
    }
    flush();
    return svg;
}

} // namespace

std::string SvgChart::sparkline(const std::vector<ChartPoint>& points, double greenFrom,
                                const std::string& label) {
    if (points.empty())
        return {};
    const auto y = [](double ratio) {
        return sparkHeight - sparkPad -
               (sparkHeight - 2 * sparkPad) * std::clamp(ratio, 0.0, axisMinimum) / axisMinimum;
    };
    const double step = points.size() > 1
                            ? (sparkWidth - 2 * sparkPad) / static_cast<double>(points.size() - 1)
                            : 0;
    const auto x = [&](std::size_t i) { return sparkPad + step * static_cast<double>(i); };
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spark\" viewBox=\"0 0 " +
                      number(sparkWidth) + " " + number(sparkHeight) +
                      "\" width=\"120\" height=\"28\" role=\"img\" aria-label=\"" +
                      Html::escape(label) + "\"><title>" + Html::escape(label) + "</title>";
    svg += segment(sparkPad, y(greenFrom), sparkWidth - sparkPad, y(greenFrom), "threshold green");
    svg += scoreLine(points, x, y);
    const ChartPoint& last = points.back();
    if (last.value)
        svg += marker(x(points.size() - 1), y(*last.value), last.status, last.label);
    return svg + "</svg>";
}

const char* SvgChart::icon(std::optional<int> status) {
    if (!status)
        return "○";
    return *status > 0 ? "✔" : (*status == 0 ? "▲" : "✖");
}

const char* SvgChart::statusClass(std::optional<int> status) {
    if (!status)
        return "none";
    return *status > 0 ? "green" : (*status == 0 ? "amber" : "red");
}

std::string SvgChart::line(const std::vector<ChartPoint>& points, double amberFrom,
                           double greenFrom, const ChartLabels& labels) {
    double top = axisMinimum;
    for (const ChartPoint& point : points)
        if (point.value)
            top = std::max(top, std::min(axisMaximum, std::ceil(*point.value / tick) * tick));
    const auto y = [&](double ratio) {
        const double clamped = std::clamp(ratio, 0.0, top);
        return lineBottom - (lineBottom - lineTop) * clamped / top;
    };
    const std::size_t count = std::max<std::size_t>(points.size(), 1);
    const double step = (lineRight - lineLeft) / static_cast<double>(count);
    const auto x = [&](std::size_t i) { return lineLeft + step * (static_cast<double>(i) + 0.5); };

    std::string svg = open(labels, lineWidth, lineHeight);
    for (double at = 0; at <= top + 1e-9; at += tick) {
        svg += segment(lineLeft, y(at), lineRight, y(at), "grid");
        svg += text(lineLeft - 6, y(at) + 4, tickText(at), "class=\"tick\" text-anchor=\"end\"");
    }
    svg += segment(lineLeft, y(amberFrom), lineRight, y(amberFrom), "threshold amber");
    svg += text(lineRight + 6, y(amberFrom) + 4, labels.amber, "class=\"threshold-label\"");
    svg += segment(lineLeft, y(greenFrom), lineRight, y(greenFrom), "threshold green");
    svg += text(lineRight + 6, y(greenFrom) + 4, labels.green, "class=\"threshold-label\"");

    svg += scoreLine(points, x, y);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const ChartPoint& point = points[i];
        if (point.value)
            svg +=
                marker(x(i), y(*point.value), point.status, point.label + ": " + point.valueText);
        const double labelY = lineBottom + 14;
        svg += "<text class=\"period\" x=\"" + number(x(i)) + "\" y=\"" + number(labelY) +
               "\" text-anchor=\"end\" transform=\"rotate(-40 " + number(x(i)) + " " +
               number(labelY) + ")\">" + Html::escape(point.label) + "</text>";
    }
    return svg + "</svg>";
}

std::string SvgChart::bars(const std::vector<ChartPoint>& points, double amberFrom,
                           double greenFrom, const ChartLabels& labels) {
    double top = axisMinimum;
    for (const ChartPoint& point : points)
        if (point.value)
            top = std::max(top, std::min(axisMaximum, *point.value));
    const auto x = [&](double ratio) {
        return barsLeft + (barsRight - barsLeft) * std::clamp(ratio, 0.0, top) / top;
    };
    const double plotBottom = barsTop + barRow * static_cast<double>(points.size());
    const double height = plotBottom + barsAxis;

    std::string svg = open(labels, barsWidth, height);
    for (double at = 0; at <= top + 1e-9; at += tick) {
        svg += segment(x(at), barsTop, x(at), plotBottom, "grid");
        svg += text(x(at), plotBottom + 15, tickText(at), "class=\"tick\" text-anchor=\"middle\"");
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        const ChartPoint& point = points[i];
        const double rowTop = barsTop + barRow * static_cast<double>(i);
        const double barTop = rowTop + (barRow - barThickness) / 2;
        const std::string tooltip =
            (point.title.empty() ? point.label : point.title) + ": " + point.valueText;
        svg += "<g class=\"bar bar-" + std::string(statusClass(point.status)) + "\"><title>" +
               Html::escape(tooltip) + "</title>";
        svg += text(barsLeft - 8, barTop + barThickness - 4, shortened(point.label, barLabelLength),
                    "class=\"bar-label\" text-anchor=\"end\"");
        double end = barsLeft;
        if (point.value && *point.value > 0) {
            end = x(*point.value);
            svg += "<rect x=\"" + number(barsLeft) + "\" y=\"" + number(barTop) + "\" width=\"" +
                   number(end - barsLeft) + "\" height=\"" + number(barThickness) + "\" fill=\"" +
                   colour(point.status) + "\"/>";
        }
        svg += text(end + 6, barTop + barThickness - 4,
                    std::string(icon(point.status)) + " " + point.valueText, "class=\"bar-value\"");
        svg += "</g>";
    }
    svg += segment(x(amberFrom), barsTop - 6, x(amberFrom), plotBottom, "threshold amber");
    svg += text(x(amberFrom), barsTop - 10, labels.amber,
                "class=\"threshold-label\" text-anchor=\"end\"");
    svg += segment(x(greenFrom), barsTop - 6, x(greenFrom), plotBottom, "threshold green");
    svg += text(x(greenFrom), barsTop - 10, labels.green,
                "class=\"threshold-label\" text-anchor=\"start\"");
    return svg + "</svg>";
}

} // namespace concord::core::publish
