// SvgChart: the history as inline SVG drawn by the core — coordinates worked out by hand
// from the viewBox geometry (line: x 56…544, y 206 (0 %) … 14 (120 %); bars: x 150…520).
#include "core/publish/SvgChart.hpp"

#include <gtest/gtest.h>

#include <regex>

using namespace concord::core::publish;

namespace {

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

ChartLabels labels() {
    return {"c1", "Sales: score", "A line", "amber 70 %", "green 95 %"};
}

} // namespace

TEST(PublishSvg, ScoreLineJoinsConsecutiveValuesAndLeavesAGap) {
    // 4 periods, x step (544 − 56) / 4 = 122: x = 117, 239, 361, 483;
    // y = 206 − 160 · score: 0.8 → 78, 1.0 → 46. The first value stands alone (the second
    // period has none), so the only polyline runs through periods 3 and 4.
    const std::vector<ChartPoint> points = {{"2026-01", 0.5, -1, "50 % red", {}},
                                            {"2026-02", std::nullopt, std::nullopt, "none", {}},
                                            {"2026-03", 0.8, 0, "80 % amber", {}},
                                            {"2026-04", 1.0, 1, "100 % green", {}}};
    const std::string svg = SvgChart::line(points, 0.7, 0.95, labels());
    EXPECT_EQ(1, count(svg, "<polyline"));
    EXPECT_NE(std::string::npos, svg.find("points=\"361,78 483,46\""));
    // thresholds: 0.7 → y 94, 0.95 → y 54
    EXPECT_NE(std::string::npos,
              svg.find("class=\"threshold amber\" x1=\"56\" y1=\"94\" x2=\"544\" y2=\"94\""));
    EXPECT_NE(std::string::npos,
              svg.find("class=\"threshold green\" x1=\"56\" y1=\"54\" x2=\"544\" y2=\"54\""));
    // markers by status: a square (red), a triangle (amber), a circle (green); none for
    // the empty period
    EXPECT_EQ(1, count(svg, "<rect x=\"112\" y=\"121\""));
    EXPECT_EQ(1, count(svg, "<path d=\"M361 72"));
    EXPECT_EQ(1, count(svg, "<circle cx=\"483\" cy=\"46\""));
    EXPECT_EQ(3, count(svg, "class=\"marker\""));
    // every period is labelled
    EXPECT_EQ(4, count(svg, "class=\"period\""));
}

TEST(PublishSvg, ChartIsAnAccessibleImageWithTitleAndDescription) {
    const std::string svg = SvgChart::line({{"2026-01", 0.5, -1, "50 %", {}}}, 0.7, 0.95, labels());
    EXPECT_EQ(0u, svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    EXPECT_NE(std::string::npos, svg.find("role=\"img\" aria-labelledby=\"c1-title c1-desc\""));
    EXPECT_NE(std::string::npos, svg.find("<title id=\"c1-title\">Sales: score</title>"));
    EXPECT_NE(std::string::npos, svg.find("<desc id=\"c1-desc\">A line</desc>"));
    EXPECT_EQ(svg.size() - 6, svg.rfind("</svg>"));
}

TEST(PublishSvg, BarsAreAsLongAsTheValueAndCarryTheStatusIcon) {
    // axis 0…120 %: 370 units; 0.6 → 185 wide, 1.2 → 370; a stale KPI draws no bar
    const std::vector<ChartPoint> points = {{"FIN-1", 0.6, -1, "60 % red", "FIN-1 Cash"},
                                            {"FIN-2", 1.2, 1, "120 % green", {}},
                                            {"FIN-3", std::nullopt, std::nullopt, "stale", {}}};
    const std::string svg = SvgChart::bars(points, 0.7, 0.95, labels());
    EXPECT_NE(std::string::npos, svg.find("width=\"185\" height=\"18\" fill=\"#e05a47\""));
    EXPECT_NE(std::string::npos, svg.find("width=\"370\" height=\"18\" fill=\"#0b6b2e\""));
    EXPECT_EQ(2, count(svg, "<rect"));
    EXPECT_NE(std::string::npos, svg.find("✖ 60 % red"));
    EXPECT_NE(std::string::npos, svg.find("✔ 120 % green"));
    EXPECT_NE(std::string::npos, svg.find("○ stale"));
    EXPECT_NE(std::string::npos, svg.find("<title>FIN-1 Cash: 60 % red</title>"));
    // thresholds at 150 + 370 · 0.7 / 1.2 = 365.8 and 150 + 370 · 0.95 / 1.2 = 442.9
    EXPECT_NE(std::string::npos, svg.find("class=\"threshold amber\" x1=\"365.8\""));
    EXPECT_NE(std::string::npos, svg.find("class=\"threshold green\" x1=\"442.9\""));
}

TEST(PublishSvg, AnAttainmentAbove120PercentWidensTheAxisUpTo200) {
    // 1.5 → axis to 150 %: that bar is the full 370; 3.0 is cut at 200 %
    const std::string wide = SvgChart::bars({{"A", 1.5, 1, "150 %", {}}}, 0.7, 0.95, labels());
    EXPECT_NE(std::string::npos, wide.find("width=\"370\""));
    const std::string cut = SvgChart::bars({{"A", 3.0, 1, "300 %", {}}, {"B", 1.0, 1, "100 %", {}}},
                                           0.7, 0.95, labels());
    // axis 200 %: B = 370 · 1 / 2 = 185
    EXPECT_NE(std::string::npos, cut.find("width=\"185\""));
    EXPECT_NE(std::string::npos, cut.find("300 %"));
}

TEST(PublishSvg, HostileLabelsAreEscaped) {
    const ChartLabels hostile = {"c2", "<script>alert(1)</script>", "\"quoted\"", "a", "g"};
    const std::string svg =
        SvgChart::bars({{"<b>X</b>", 0.5, 0, "50 %", "\"><script>x</script>"}}, 0.7, 0.95, hostile);
    EXPECT_EQ(std::string::npos, svg.find("<script"));
    EXPECT_EQ(std::string::npos, svg.find("<b>"));
    EXPECT_NE(std::string::npos, svg.find("&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_NE(std::string::npos, svg.find("&lt;b&gt;X&lt;/b&gt;"));
}

TEST(PublishSvg, EachStatusHasItsOwnIconAndClass) {
    EXPECT_STREQ("✔", SvgChart::icon(1));
    EXPECT_STREQ("▲", SvgChart::icon(0));
    EXPECT_STREQ("✖", SvgChart::icon(-1));
    EXPECT_STREQ("○", SvgChart::icon(std::nullopt));
    EXPECT_STREQ("green", SvgChart::statusClass(1));
    EXPECT_STREQ("none", SvgChart::statusClass(std::nullopt));
}

TEST(PublishSvg, SparklineOfAKpiHistoryWithItsValuesAsItsName) {
    // 3 periods over x 4…116 (step 56): x = 4, 60, 116; y = 24 − 20 · ratio / 1.2:
    // 0.6 → 14, 1.2 → 4; the green line at 0.95 → 24 − 15.8 = 8.2
    const std::vector<ChartPoint> points = {{"2026-01", 0.6, -1, {}, {}},
                                            {"2026-02", 1.2, 1, {}, {}},
                                            {"2026-03", std::nullopt, std::nullopt, {}, {}}};
    const std::string svg = SvgChart::sparkline(points, 0.95, "2026-01: 60 % <red>");
    EXPECT_NE(std::string::npos, svg.find("aria-label=\"2026-01: 60 % &lt;red&gt;\""));
    EXPECT_NE(std::string::npos, svg.find("points=\"4,14 60,4\""));
    EXPECT_NE(std::string::npos, svg.find("y1=\"8.2\""));
    // the last period has no value: no marker
    EXPECT_EQ(0, count(svg, "class=\"marker\""));
    EXPECT_EQ("", SvgChart::sparkline({}, 0.95, "x"));
}
