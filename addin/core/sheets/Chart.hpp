#pragma once

#include <optional>
#include <string>
#include <vector>

namespace concord::core::sheets {

/// A column of cells of the sheet (0-based rows, inclusive) that a chart reads.
struct CellColumn {
    int col = 0;
    int firstRow = 0;
    int lastRow = 0;
};

/// One data series of a chart: its values (and its name as a literal text).
struct ChartSeries {
    std::string name;  ///< legend text, in the build's language
    CellColumn values; ///< one value per category
    /// Colour of each data point in order (e.g. bars by status: green/amber/red as
    /// 0xRRGGBB); empty = the series' own colour.
    std::vector<int> pointColours;
    std::optional<int> colour; ///< 0xRRGGBB of the whole series, or the default
};

/// A real Calc chart over cells of its own sheet (DESIGN §3 "Periodic"), laid out by the
/// core and inserted by the UNO writer (XTableChartsSupplier + chart2).
struct Chart {
    enum class Kind { Line, Bar };
    Kind kind = Kind::Line;
    std::string name;  ///< object name, unique on the sheet ("score", "attainment")
    std::string title; ///< in the build's language
    std::string xTitle;
    std::string yTitle;
    CellColumn categories; ///< period labels or names along the x axis
    std::vector<ChartSeries> series;
    /// Where it sits: the top-left cell and its size in 1/100 mm.
    int anchorRow = 0;
    int anchorCol = 0;
    int width = 16000;
    int height = 8000;
};

} // namespace concord::core::sheets
