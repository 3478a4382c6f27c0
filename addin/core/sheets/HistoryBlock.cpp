#include "core/sheets/HistoryBlock.hpp"

#include "core/common/NumberText.hpp"
#include "core/report/KpiResult.hpp"
#include "core/sheets/TextWidth.hpp"

#include <algorithm>
#include <string>

namespace concord::core::sheets {

namespace {

enum ScoreColumn { PeriodCol, ScoreCol, StatusCol, AmberCol, GreenCol, ScoreColumnCount };

const char* const scoreHeaderIds[ScoreColumnCount] = {"col.period", "col.score", "col.status",
                                                      "col.amber_from", "col.green_from"};

/// Where the bars table's period columns start (after the id and the name).
constexpr int firstValueCol = 2;

/// Rows a chart of this height (1/100 mm) covers at the default row height (0.452 cm),
/// plus one blank row, so that the next chart starts below it.
int rowsBelow(int height) {
    return height / 452 + 2;
}

constexpr int chartHeight = 7500;

/// The widths the block's columns need (see Layout::measuredRows), noted as it is written.
class BlockWidths {
public:
    explicit BlockWidths(const Context& context) : _context(context) {
        for (const char* id : {"status.green", "status.amber", "status.red"})
            _status = std::max(_status, textWidth("● " + context.text(id), false));
    }

    void text(int col, const std::string& value, bool bold = false) {
        if (!value.empty())
            need(col, textWidth(value, bold));
    }
    /// Shown with one decimal and a percent sign, "85.0%" ("85,0 %" allowed for).
    void percent(int col, const std::optional<double>& value) {
        if (value)
            need(col,
                 textWidth(common::NumberText::percent(*value, _context.language()) + " %", false));
    }
    /// Shown as "● green" or the like in the build language: the longest of the three.
    void status(int col, const std::optional<kpi::Status>& value) {
        if (value)
            need(col, _status);
    }

    const std::vector<int>& widths() const { return _widths; }

private:
    void need(int col, int width) {
        if (col < 0)
            return;
        if (static_cast<std::size_t>(col) >= _widths.size())
            _widths.resize(static_cast<std::size_t>(col) + 1, 0);
        _widths[static_cast<std::size_t>(col)] =
            std::max(_widths[static_cast<std::size_t>(col)], width);
    }

    const Context& _context;
    int _status = 0;
    std::vector<int> _widths;
};

} // namespace

int statusColour(const std::optional<kpi::Status>& status) {
    if (!status)
        return noStatusColour;
    switch (*status) {
    case kpi::Status::Green:
        return greenColour;
    case kpi::Status::Amber:
        return amberColour;
    case kpi::Status::Red:
        break;
    }
    return redColour;
}

HistoryBlock writeHistoryBlock(Canvas& canvas, int row, const Context& context,
                               const report::History& history,
                               const std::vector<report::ScorePoint>& scores,
                               const std::string& name, const HistoryBars& bars) {
    const int periods = static_cast<int>(history.periods.size());
    const std::string chosen = periods > 0 ? history.periods.back().label() : std::string();
    canvas.text(
        row, PeriodCol,
        context.format("label.history", {{"count", std::to_string(periods)}, {"period", chosen}}));
    canvas.format(row, PeriodCol, row, PeriodCol, CellFormat::Title);

    const int scoreHeader = row + 1;
    BlockWidths widths(context);
    for (int c = 0; c < ScoreColumnCount; ++c) {
        canvas.text(scoreHeader, c, context.text(scoreHeaderIds[c]));
        widths.text(c, context.text(scoreHeaderIds[c]), true);
    }
    canvas.format(scoreHeader, PeriodCol, scoreHeader, ScoreColumnCount - 1, CellFormat::Header);
    const int firstPeriodRow = scoreHeader + 1;
    const int lastPeriodRow = firstPeriodRow + periods - 1;
    for (int i = 0; i < periods; ++i) {
        const int at = firstPeriodRow + i;
        canvas.text(at, PeriodCol, history.periods[static_cast<std::size_t>(i)].label());
        widths.text(PeriodCol, history.periods[static_cast<std::size_t>(i)].label());
        if (static_cast<std::size_t>(i) < scores.size()) {
            canvas.number(at, ScoreCol, scores[static_cast<std::size_t>(i)].score);
            canvas.status(at, StatusCol, scores[static_cast<std::size_t>(i)].status);
            widths.percent(ScoreCol, scores[static_cast<std::size_t>(i)].score);
            widths.status(StatusCol, scores[static_cast<std::size_t>(i)].status);
        }
        canvas.set(at, AmberCol, report::defaultAmberFrom);
        canvas.set(at, GreenCol, report::defaultGreenFrom);
        widths.percent(AmberCol, report::defaultAmberFrom);
        widths.percent(GreenCol, report::defaultGreenFrom);
    }
    canvas.format(firstPeriodRow, ScoreCol, lastPeriodRow, ScoreCol, CellFormat::Percent);
    canvas.format(firstPeriodRow, StatusCol, lastPeriodRow, StatusCol, CellFormat::Status);
    canvas.format(firstPeriodRow, AmberCol, lastPeriodRow, GreenCol, CellFormat::Percent);

    const int barsHeader = lastPeriodRow + 2;
    const int lastValueCol = firstValueCol + periods - 1;
    const int barStatusCol = lastValueCol + 1;
    canvas.text(barsHeader, 0, bars.idHeader);
    canvas.text(barsHeader, 1, bars.nameHeader);
    widths.text(0, bars.idHeader, true);
    widths.text(1, bars.nameHeader, true);
    for (int i = 0; i < periods; ++i) {
        canvas.text(barsHeader, firstValueCol + i,
                    history.periods[static_cast<std::size_t>(i)].label());
        widths.text(firstValueCol + i, history.periods[static_cast<std::size_t>(i)].label(), true);
    }
    canvas.text(barsHeader, barStatusCol, context.text("col.status"));
    widths.text(barStatusCol, context.text("col.status"), true);
    canvas.format(barsHeader, 0, barsHeader, barStatusCol, CellFormat::Header);
    int at = barsHeader + 1;
    std::vector<int> colours;
    for (const HistoryRow& line : bars.rows) {
        canvas.text(at, 0, line.id);
        canvas.text(at, 1, line.name);
        widths.text(0, line.id);
        widths.text(1, line.name);
        for (int i = 0; i < periods && static_cast<std::size_t>(i) < line.values.size(); ++i) {
            canvas.number(at, firstValueCol + i, line.values[static_cast<std::size_t>(i)]);
            widths.percent(firstValueCol + i, line.values[static_cast<std::size_t>(i)]);
        }
        canvas.status(at, barStatusCol, line.status);
        widths.status(barStatusCol, line.status);
        colours.push_back(statusColour(line.status));
        ++at;
    }
    const int lastBarRow = at - 1;
    canvas.format(barsHeader + 1, firstValueCol, lastBarRow, lastValueCol, CellFormat::Percent);
    canvas.format(barsHeader + 1, barStatusCol, lastBarRow, barStatusCol, CellFormat::Status);
    canvas.measureAbove(row, widths.widths());

    HistoryBlock block;
    int anchor = at + 1;
    if (periods > 0) {
        Chart line;
        line.kind = Chart::Kind::Line;
        line.name = "score";
        line.title = context.format("chart.score", {{"name", name}});
        line.xTitle = context.text("col.period");
        line.yTitle = context.text("col.score");
        line.categories = {PeriodCol, firstPeriodRow, lastPeriodRow};
        line.series = {
            {context.text("col.score"), {ScoreCol, firstPeriodRow, lastPeriodRow}, {}, scoreColour},
            {context.text("col.amber_from"),
             {AmberCol, firstPeriodRow, lastPeriodRow},
             {},
             amberColour},
            {context.text("col.green_from"),
             {GreenCol, firstPeriodRow, lastPeriodRow},
             {},
             greenColour}};
        line.anchorRow = anchor;
        line.anchorCol = 0;
        line.height = chartHeight;
        block.charts.push_back(line);
        anchor += rowsBelow(chartHeight);
    }
    if (periods > 0 && !bars.rows.empty()) {
        Chart bar;
        bar.kind = Chart::Kind::Bar;
        bar.name = bars.chartName;
        bar.title = bars.title;
        bar.xTitle = bars.xTitle;
        bar.yTitle = bars.seriesName;
        // the short IDs (department codes) along the axis: long names squash the plot
        bar.categories = {0, barsHeader + 1, lastBarRow};
        bar.series = {{bars.seriesName, {lastValueCol, barsHeader + 1, lastBarRow}, colours, {}}};
        bar.anchorRow = anchor;
        bar.anchorCol = 0;
        bar.height = chartHeight;
        block.charts.push_back(bar);
        anchor += rowsBelow(chartHeight);
    }
    block.nextRow = anchor;
    return block;
}

} // namespace concord::core::sheets
