#pragma once

#include "core/kpi/Status.hpp"
#include "core/report/History.hpp"
#include "core/sheets/Canvas.hpp"
#include "core/sheets/Chart.hpp"
#include "core/sheets/Context.hpp"

#include <optional>
#include <string>
#include <vector>

namespace concord::core::sheets {

/// Bar colours of the statuses (0xRRGGBB): green, amber, red, and grey for no status.
constexpr int greenColour = 0x2E7D32;
constexpr int amberColour = 0xF9A825;
constexpr int redColour = 0xC62828;
constexpr int noStatusColour = 0x9E9E9E;
/// The colour of a score line.
constexpr int scoreColour = 0x1565C0;

/// The colour of a status bar (noStatusColour when there is none).
int statusColour(const std::optional<kpi::Status>& status);

/// One row of a history table: an id, a name, one value per history period, the status in P.
struct HistoryRow {
    std::string id;
    std::string name;
    std::vector<std::optional<double>> values;
    std::optional<kpi::Status> status;
};

/// The second table of a history block and its bar chart: the rows (KPIs on a scorecard,
/// departments on Company), their two leading headers and the chart's name and words.
struct HistoryBars {
    std::string idHeader;
    std::string nameHeader;
    std::vector<HistoryRow> rows;
    std::string chartName;  ///< "attainment", "departments"
    std::string title;      ///< in the build's language
    std::string xTitle;     ///< the axis of the names
    std::string seriesName; ///< also the y axis title
};

/// The history block below a sheet's content (DESIGN §3 "Periodic"), from `row`:
/// - row: the label "History: the last 12 periods to P" (Title);
/// - a header A Period, B Score, C Status, D Amber from, E Green from, and one row per
///   history period, oldest first (P last): the period label, the score and status of
///   `scores` (empty cells where there is none), and the default thresholds 0.7 / 0.95 as
///   constant columns (the reference lines of the chart);
/// - after one blank row, a header A bars.idHeader, B bars.nameHeader, then one column per
///   history period (its label) and a last column Status (in P), and one row per
///   bars.rows entry: its values (Percent) and its status in P.
/// Returns the charts' specs over those cells and the first row below the charts:
/// - "score": a Line chart titled chart.score with {name} = `name`, categories the period
///   labels, series the score, amber from and green from columns (as many points as
///   periods);
/// - bars.chartName: a Bar chart titled bars.title, categories the names of bars.rows, one
///   series bars.seriesName over the column of P with per-point colours by status in P;
///   none when there are no rows.
/// The first chart is anchored in column A below the block, the second below the first.
/// Calc measures the column widths above `row` only (Canvas::measureAbove): the block's
/// texts, percentages and status words give each column the least width it needs.
struct HistoryBlock {
    std::vector<Chart> charts;
    int nextRow = 0;
};

HistoryBlock writeHistoryBlock(Canvas& canvas, int row, const Context& context,
                               const report::History& history,
                               const std::vector<report::ScorePoint>& scores,
                               const std::string& name, const HistoryBars& bars);

} // namespace concord::core::sheets
