#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <vector>

namespace concord::integration {

/// What a sheet's charts hold, read back through XTableChartsSupplier and chart2, as plain
/// values the tests compare.
struct SheetCharts {
    struct Series {
        std::string label;  ///< the text of its label sequence (a literal or a cell)
        std::string values; ///< SourceRangeRepresentation, e.g. "$Report.$B$2:$B$13"
        int points = 0;     ///< number of values
        int colour = 0;     ///< the series' "Color"
        /// "Color" of data point i (XDataSeries::getDataPointByIndex).
        std::vector<int> pointColours;
    };
    struct Chart {
        std::string name; ///< the name of its shape (what the Navigator shows)
        std::string type; ///< the chart type service, e.g. "com.sun.star.chart2.LineChartType"
        std::string title;
        std::string xTitle;
        std::string yTitle;
        std::string categories; ///< SourceRangeRepresentation of the x axis categories
        std::vector<Series> series;
    };

    /// Reads every chart of sheet (of document), in the order of XTableCharts (the points'
    /// colours of the first pointColours points of each series).
    static std::vector<Chart>
    read(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
         const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int pointColours = 0);
    /// The number of charts on sheet.
    static int count(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
};

} // namespace concord::integration
