// Checks of a KPI row (and of an Actuals plan) that make its attainment, score and status
// computable: range bounds, thresholds, target against baseline and direction.

#include "support/ReaderSupport.hpp"

#include "core/model/Workbook.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace readertest;
using concord::core::kpi::Direction;

namespace {

const Row kpiHeader = {"ID",     "Name",       "Department", "Direction", "Baseline",
                       "Target", "Target max", "Amber from", "Green from"};

/// One KPI row of Sales: direction, baseline, target, target max, amber from, green from.
Row kpi(const Cell& direction, const Cell& baseline, const Cell& target, const Cell& max = {},
        const Cell& amber = {}, const Cell& green = {}) {
    return {"K1", "Leads", "S", direction, baseline, target, max, amber, green};
}

} // namespace

TEST(WorkbookReaderKpiChecks, KpiRowsThatCannotBeScored) {
    // columns: D Direction, E Baseline, F Target, G Target max, H Amber from, I Green from
    struct Case {
        const char* situation;
        Row row;
        const char* problem; // "" when the row is fine
    };
    const Case cases[] = {
        {"a range with both ends", kpi("range", {}, 20.0, 30.0), ""},
        {"a range of one point", kpi("range", {}, 20.0, 20.0), ""},
        {"a range without Target max", kpi("range", {}, 20.0), "KPIs!G2 input.range_without_max"},
        {"a reversed range", kpi("range", {}, 20.0, 10.0), "KPIs!G2 input.range_reversed 10 20"},
        {"up, target above baseline", kpi("up", 80.0, 100.0), ""},
        {"up, target below baseline", kpi("up", 100.0, 80.0),
         "KPIs!F2 input.up_target_below_baseline 80 100"},
        {"down, target below baseline", kpi("down", 10.0, 5.0), ""},
        {"down, target above baseline", kpi("down", 10.0, 12.0),
         "KPIs!F2 input.down_target_above_baseline 12 10"},
        {"target equal to baseline", kpi({}, 50.0, 50.0),
         "KPIs!F2 input.target_equals_baseline 50"},
        {"target 0 with a baseline", kpi("down", 5.0, 0.0), ""},
        {"target 0 without baseline", kpi("down", {}, 0.0), "KPIs!F2 input.target_zero"},
        {"target 0, baseline 0 counts as none", kpi("up", 0.0, 0.0), "KPIs!F2 input.target_zero"},
        {"thresholds in order", kpi({}, {}, 1.0, {}, 0.5, 0.8), ""},
        {"amber above green", kpi({}, {}, 1.0, {}, 0.9, 0.8),
         "KPIs!H2 input.amber_above_green 0.9 0.8"},
        // defaults 0.7 / 0.95 take part
        {"amber above the default green", kpi({}, {}, 1.0, {}, 0.96),
         "KPIs!H2 input.amber_above_green 0.96 0.95"},
        {"green below the default amber", kpi({}, {}, 1.0, {}, {}, 0.6),
         "KPIs!I2 input.amber_above_green 0.7 0.6"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        const Workbook workbook = read({departments(), sheet("KPIs", {kpiHeader, c.row})});
        const std::vector<std::string> expected =
            *c.problem ? std::vector<std::string>{c.problem} : std::vector<std::string>{};
        EXPECT_EQ(expected, problems(workbook));
        EXPECT_EQ(expected.empty() ? 1u : 0u, workbook.kpis.size());
    }
}

TEST(WorkbookReaderKpiChecks, RangeWithoutTargetMaxColumnPointsAtTheDirection) {
    // the sheet has no Target max column at all: the problem is at the Direction cell D2
    const Workbook workbook =
        read({departments(), sheet("KPIs", {{"ID", "Name", "Department", "Direction", "Target"},
                                            {"K1", "Stock", "S", "диапазон", 20.0}})});
    EXPECT_EQ(std::vector<std::string>{"KPIs!D2 input.range_without_max"}, problems(workbook));
}

TEST(WorkbookReaderKpiChecks, EmptyDirectionFollowsTargetAgainstBaseline) {
    // as in KPI.ATTAINMENT with a baseline: target below baseline means lower is better
    struct Case {
        Cell baseline;
        double target;
        Direction direction;
    };
    const Case cases[] = {
        {100.0, 80.0, Direction::Down},
        {80.0, 100.0, Direction::Up},
        {Cell{}, 80.0, Direction::Up}, // no baseline: up
        {0.0, -5.0, Direction::Up},    // baseline 0 counts as not given
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(textOf(c.baseline) + " → " + std::to_string(c.target));
        const Workbook workbook =
            read({departments(), sheet("KPIs", {kpiHeader, kpi({}, c.baseline, c.target)})});
        ASSERT_EQ(1u, workbook.kpis.size());
        EXPECT_EQ(c.direction, workbook.kpis[0].direction);
    }
}

TEST(WorkbookReaderKpiChecks, ActualsPlanIsCheckedLikeTheTarget) {
    // K1 up from baseline 80 to 100; K2 down from 10 to 5 (direction from the numbers);
    // K3 a range 20–30. A plan must keep the attainment computable too.
    const Workbook workbook = read(
        {departments(),
         sheet("KPIs", {kpiHeader,
                        {"K1", "Leads", "S", "up", 80.0, 100.0},
                        {"K2", "Lead time", "S", {}, 10.0, 5.0},
                        {"K3", "Stock", "S", "range", {}, 20.0, 30.0}}),
         sheet("Actuals", {{"KPI", "Period", "Value", "Plan"},
                           {"K1", "2026-01", 90.0, 95.0}, // fine
                           {"K1", "2026-02", 90.0, 70.0}, // D3: below the baseline
                           {"K1", "2026-03", 90.0, 80.0}, // D4: equal to the baseline
                           {"K2", "2026-01", 7.0, 12.0},  // D5: above the baseline of a down KPI
                           {"K3", "2026-01", 25.0, 25.0}, // fine: 25 ≤ 30
                           {"K3", "2026-02", 25.0, 35.0}})}); // D7: above Target max
    const std::vector<std::string> expected = {
        "Actuals!D3 input.up_target_below_baseline 70 80",
        "Actuals!D4 input.target_equals_baseline 80",
        "Actuals!D5 input.down_target_above_baseline 12 10",
        "Actuals!D7 input.range_reversed 30 35",
    };
    EXPECT_EQ(expected, problems(workbook));
    ASSERT_EQ(2u, workbook.actuals.size());
    EXPECT_EQ(95.0, workbook.actuals[0].target.value_or(0));
    EXPECT_EQ(25.0, workbook.actuals[1].target.value_or(0));
}
