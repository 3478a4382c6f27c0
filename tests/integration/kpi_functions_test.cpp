// The KPI.* functions in Calc, against DESIGN §4: a = actual, t = target, b = baseline.
// Every expected value is worked out by hand beside its formula. Z1, Z2 are empty cells.
#include "CalcSheetTest.hpp"

namespace concord::integration {

namespace {

using E = Expected;

} // namespace

class KpiFunctions : public CalcSheetTest {};

// ---- KPI.ATTAINMENT -------------------------------------------------------------------

TEST_F(KpiFunctions, AttainmentWithoutBaselineFollowsTheDirection) {
    check({
        {"=KPI.ATTAINMENT(8;10)", E::number(0.8)},               // up: 1 + (8 - 10) / |10|
        {"=KPI.ATTAINMENT(12;10)", E::number(1.2)},              // up: 1 + (12 - 10) / 10
        {"=KPI.ATTAINMENT(8;10;;\"up\")", E::number(0.8)},       // as the default
        {"=KPI.ATTAINMENT(8;10;;\"down\")", E::number(1.2)},     // down: 1 - (8 - 10) / 10
        {"=KPI.ATTAINMENT(8;10;;\"DOWN\")", E::number(1.2)},     // any case
        {"=KPI.ATTAINMENT(8;10;;\"снижение\")", E::number(1.2)}, // ru word for down
        {"=KPI.ATTAINMENT(8;10;;\"Снижение\")", E::number(1.2)}, // ru, any case
        {"=KPI.ATTAINMENT(8;10;;\"рост\")", E::number(0.8)},     // ru word for up
        {"=KPI.ATTAINMENT(8;10;;-1)", E::number(1.2)},           // -1 is down
        {"=KPI.ATTAINMENT(8;10;;1)", E::number(0.8)},            // 1 is up
        {"=KPI.ATTAINMENT(-8;-10)", E::number(1.2)},             // up: 1 + (-8 + 10) / |-10|
        {"=KPI.ATTAINMENT(-12;-10;;\"down\")", E::number(1.2)},  // down: 1 - (-12 + 10) / 10
    });
}

TEST_F(KpiFunctions, AttainmentWithBaselineTakesTheDirectionFromTargetAndBaseline) {
    check({
        {"=KPI.ATTAINMENT(8;10;4)", E::number(4.0 / 6.0)},        // (8 - 4) / (10 - 4)
        {"=KPI.ATTAINMENT(8;10;4;\"up\")", E::number(4.0 / 6.0)}, // t > b agrees with up
        {"=KPI.ATTAINMENT(2;10;4)", E::number(-1.0 / 3.0)},       // (2 - 4) / 6
        {"=KPI.ATTAINMENT(8;5;10)", E::number(0.4)},              // (8 - 10) / (5 - 10) = -2 / -5
        {"=KPI.ATTAINMENT(8;5;10;\"down\")", E::number(0.4)},     // t < b agrees with down
        {"=KPI.ATTAINMENT(8;5;10;-1)", E::number(0.4)},           // -1 is down
        {"=KPI.ATTAINMENT(3;5;10)", E::number(1.4)},              // (3 - 10) / (5 - 10) = -7 / -5
        {"=KPI.ATTAINMENT(-2;0;-10)", E::number(0.8)},            // t = 0 is fine with b: 8 / 10
    });
}

TEST_F(KpiFunctions, AttainmentRejectsContradictionsAndZeroDivisors) {
    check({
        {"=KPI.ATTAINMENT(8;5;10;\"up\")", E::illegalArgument()},      // t < b means down, not up
        {"=KPI.ATTAINMENT(8;10;4;\"down\")", E::illegalArgument()},    // t > b means up, not down
        {"=KPI.ATTAINMENT(8;10;4;-1)", E::illegalArgument()},          // same with -1
        {"=KPI.ATTAINMENT(8;10;10)", E::illegalArgument()},            // t = b
        {"=KPI.ATTAINMENT(8;0)", E::illegalArgument()},                // t = 0 without b
        {"=KPI.ATTAINMENT(8;0;;\"down\")", E::illegalArgument()},      // t = 0 without b, down
        {"=KPI.ATTAINMENT(8;10;;\"sideways\")", E::illegalArgument()}, // not a direction word
        {"=KPI.ATTAINMENT(8;10;;2)", E::illegalArgument()}, // direction numbers are 1 and -1
    });
}

TEST_F(KpiFunctions, AttainmentReadsEmptyCellsAndZeroAsNotGiven) {
    check({
        {"=KPI.ATTAINMENT(8;10;Z1;\"down\")", E::number(1.2)}, // no b: 1 - (8 - 10) / 10
        {"=KPI.ATTAINMENT(8;10;0;\"down\")", E::number(1.2)},  // b = 0 would contradict down
        {"=KPI.ATTAINMENT(8;10;Z1;Z2)", E::number(0.8)},       // no b, no direction: up
        {"=KPI.ATTAINMENT(8;10;;0)", E::number(0.8)},          // direction 0: default up
        {"=KPI.ATTAINMENT(8;0;Z1)", E::illegalArgument()},     // still t = 0 without b
    });
}

// ---- KPI.SCORE ---------------------------------------------------------------------

TEST_F(KpiFunctions, ScoreClampsTheAttainmentToFloorAndCap) {
    check({
        {"=KPI.SCORE(8;10)", E::number(0.8)},               // 0.8 inside [0; 1.2]
        {"=KPI.SCORE(15;10)", E::number(1.2)},              // 1 + 5 / 10 = 1.5, cap 1.2
        {"=KPI.SCORE(-5;10)", E::number(0)},                // 1 - 15 / 10 = -0.5, floor 0
        {"=KPI.SCORE(15;10;;;;2)", E::number(1.5)},         // cap 2 lets 1.5 through
        {"=KPI.SCORE(-5;10;;;-1)", E::number(-0.5)},        // floor -1 lets -0.5 through
        {"=KPI.SCORE(8;10;;;0.9)", E::number(0.9)},         // floor 0.9 lifts 0.8
        {"=KPI.SCORE(8;10;;;0.9;0.9)", E::number(0.9)},     // floor = cap is allowed
        {"=KPI.SCORE(5;10;;\"down\")", E::number(1.2)},     // 1 - (5 - 10) / 10 = 1.5, cap
        {"=KPI.SCORE(9;10;;\"снижение\")", E::number(1.1)}, // 1 - (9 - 10) / 10
        {"=KPI.SCORE(13;10;4)", E::number(1.2)},            // (13 - 4) / (10 - 4) = 1.5, cap
        {"=KPI.SCORE(15;10;;;;Z1)", E::number(1.2)},        // empty cap: default 1.2
        {"=KPI.SCORE(15;10;;;;0)", E::number(1.2)},         // cap 0: default 1.2
        {"=KPI.SCORE(-5;10;;;Z1)", E::number(0)},           // empty floor reads 0, the default
    });
}

TEST_F(KpiFunctions, ScoreRejectsFloorAboveCapAndBadAttainment) {
    check({
        {"=KPI.SCORE(8;10;;;1.5;1.2)", E::illegalArgument()}, // floor 1.5 > cap 1.2
        {"=KPI.SCORE(8;10;;;0.5;0.4)", E::illegalArgument()}, // floor 0.5 > cap 0.4
        {"=KPI.SCORE(8;10;;;1.3)", E::illegalArgument()},     // floor 1.3 > default cap 1.2
        {"=KPI.SCORE(8;0)", E::illegalArgument()},            // attainment: t = 0 without b
    });
}

// ---- KPI.RANGE ---------------------------------------------------------------------

TEST_F(KpiFunctions, RangeScoresTheDistanceOutsideTheBand) {
    check({
        {"=KPI.RANGE(5;4;6)", E::number(1)},         // inside [4; 6]
        {"=KPI.RANGE(4;4;6)", E::number(1)},         // on the low edge
        {"=KPI.RANGE(6;4;6)", E::number(1)},         // on the high edge
        {"=KPI.RANGE(5;5;5)", E::number(1)},         // a one-point band
        {"=KPI.RANGE(7;4;6)", E::number(0.5)},       // tolerance 6 - 4 = 2: 1 - 1 / 2
        {"=KPI.RANGE(3;4;6)", E::number(0.5)},       // 1 below: 1 - 1 / 2
        {"=KPI.RANGE(3;4;6;4)", E::number(0.75)},    // tolerance 4: 1 - 1 / 4
        {"=KPI.RANGE(7.5;4;6;2)", E::number(0.25)},  // 1 - 1.5 / 2
        {"=KPI.RANGE(10;4;6)", E::number(0)},        // 1 - 4 / 2 = -1, max(0; -1)
        {"=KPI.RANGE(7;4;6;Z1)", E::number(0.5)},    // empty tolerance: default 2
        {"=KPI.RANGE(7;4;6;0)", E::number(0.5)},     // tolerance 0: default 2
        {"=KPI.RANGE(5;6;4)", E::illegalArgument()}, // low 6 > high 4
    });
}

// ---- KPI.STATUS --------------------------------------------------------------------

TEST_F(KpiFunctions, StatusIsGreenAmberOrRedByThresholds) {
    check({
        {"=KPI.STATUS(0.95)", E::number(1)},          // >= green_from 0.95
        {"=KPI.STATUS(1.2)", E::number(1)},           // green
        {"=KPI.STATUS(0.9499)", E::number(0)},        // >= 0.7, < 0.95: amber
        {"=KPI.STATUS(0.7)", E::number(0)},           // = amber_from: amber
        {"=KPI.STATUS(0.6999)", E::number(-1)},       // < 0.7: red
        {"=KPI.STATUS(-0.5)", E::number(-1)},         // red
        {"=KPI.STATUS(0.9;0.8;0.9)", E::number(1)},   // = green_from 0.9
        {"=KPI.STATUS(0.85;0.8;0.9)", E::number(0)},  // between 0.8 and 0.9
        {"=KPI.STATUS(0.75;0.8;0.9)", E::number(-1)}, // < amber_from 0.8
        {"=KPI.STATUS(0.75;Z1;Z2)", E::number(0)},    // empty: defaults 0.7 / 0.95
        {"=KPI.STATUS(0.5;0;0)", E::number(-1)},      // 0 = defaults; 0 itself would be green
        {"=KPI.STATUS(0.5;Z1;Z1)", E::number(-1)},    // same with empty cells
    });
}

// ---- KPI.WEIGHTED ------------------------------------------------------------------

TEST_F(KpiFunctions, WeightedMeanUsesPositionsWhereBothAreNumbers) {
    setData("C1:D4", {{number(1), number(2)},   // score 1, weight 2
                      {number(0.5), number(1)}, // score 0.5, weight 1
                      {text("n/a"), number(5)}, // text score: skipped
                      {empty(), number(3)}});   // empty score: skipped
    setData("E1:H2", {{number(1), number(0), number(2), text("x")},
                      {number(-1), number(0), number(0), number(4)}});
    setData("C6:E7", {{number(0.9), number(0.6), number(1.2)}, {number(1), number(1), number(2)}});
    check({
        {"=KPI.WEIGHTED(C1:C4;D1:D4)", E::number(2.5 / 3)}, // (1*2 + 0.5*1) / (2 + 1)
        {"=KPI.WEIGHTED(C1:C4)", E::number(0.75)},          // weights 1: (1 + 0.5) / 2
        {"=KPI.WEIGHTED(C1:C2;G1:G2)", E::number(1)},       // (1*2 + 0.5*0) / (2 + 0)
        {"=KPI.WEIGHTED(C1:C2;H1:H2)", E::number(0.5)},     // text weight skipped: 0.5*4 / 4
        {"=KPI.WEIGHTED(C6:E6;C7:E7)", E::number(0.975)},   // (0.9 + 0.6 + 2.4) / (1 + 1 + 2)
    });
}

TEST_F(KpiFunctions, WeightedRejectsBadWeightsAndShapes) {
    setData("C1:D4", {{number(1), number(2)},
                      {number(0.5), number(1)},
                      {text("n/a"), number(5)},
                      {empty(), number(3)}});
    setData("E1:F2", {{number(1), number(0)}, {number(-1), number(0)}});
    check({
        {"=KPI.WEIGHTED(C1:C2;E1:E2)", E::illegalArgument()}, // weight -1
        {"=KPI.WEIGHTED(C1:C2;F1:F2)", E::illegalArgument()}, // sum of weights 0
        {"=KPI.WEIGHTED(C3:C4)", E::illegalArgument()},       // no number: sum of weights 0
        {"=KPI.WEIGHTED(C1:C4;D1:D3)", E::illegalArgument()}, // 4 scores, 3 weights
    });
}

// ---- KPI.PACE: e = min(1; (today - start) / (deadline - start)) -----------------------

TEST_F(KpiFunctions, PaceComparesProgressWithElapsedTime) {
    check({
        {"=KPI.PACE(40;100;100;200;150)", E::number(0.8)},    // e = 50/100: 40 / (100 * 0.5)
        {"=KPI.PACE(40;100;100;200;125)", E::number(1.6)},    // e = 0.25: 40 / 25
        {"=KPI.PACE(40;100;100;200;250)", E::number(0.4)},    // e = min(1; 1.5): 40 / 100
        {"=KPI.PACE(60;100;100;200;150;20)", E::number(1)},   // (60 - 20) / ((100 - 20) * 0.5)
        {"=KPI.PACE(40;100;100;200;150;Z1)", E::number(0.8)}, // empty baseline: 0
        {"=KPI.PACE(40;100;100;200;150;0)", E::number(0.8)},  // baseline 0
        {"=KPI.PACE(40;100;DATE(2000;1;1);DATE(2001;1;1))", E::number(0.4)},    // today: e = 1
        {"=KPI.PACE(40;100;DATE(2000;1;1);DATE(2001;1;1);Z1)", E::number(0.4)}, // empty today
        {"=KPI.PACE(50;100;TODAY()-100;TODAY()+100)", E::number(1)}, // e = 100/200: 50 / 50
    });
}

TEST_F(KpiFunctions, PaceRejectsTodayOrDeadlineNotAfterStart) {
    check({
        {"=KPI.PACE(40;100;100;200;100)", E::illegalArgument()}, // today = start
        {"=KPI.PACE(40;100;100;200;90)", E::illegalArgument()},  // today < start
        {"=KPI.PACE(40;100;200;200;250)", E::illegalArgument()}, // deadline = start
        {"=KPI.PACE(40;100;200;100;250)", E::illegalArgument()}, // deadline < start
        {"=KPI.PACE(40;100;DATE(2100;1;1);DATE(2101;1;1))", E::illegalArgument()}, // today < start
    });
}

// ---- KPI.FORECAST and KPI.TREND: least squares over the (date, value) pairs ----------

TEST_F(KpiFunctions, ForecastEvaluatesTheLeastSquaresLineAtTheDeadline) {
    // C: values, D: dates. Pairs (1, 1), (2, 3), (3, 2); row 3 has a text value.
    // mean x 2, mean y 2, Sxy = (-1)(-1) + 0*1 + 1*0 = 1, Sxx = 2: slope 0.5, intercept 1.
    setData("C1:D4", {{number(1), number(1)},
                      {number(3), number(2)},
                      {text("n/a"), number(7)},
                      {number(2), number(3)}});
    // E: values, F: DATE(2026;1;1), +10, +20 (serial 46023 = DATE(2026;1;31) 46053 - 30).
    // x from 0: (0, 100), (10, 110), (20, 130): mean y 340/3, Sxy = 300, Sxx = 200,
    // slope 1.5 a day; at 2026-01-31 (x = 30): 340/3 + 1.5 * (30 - 10) = 430/3.
    setData(
        "E1:F3",
        {{number(100), number(46023)}, {number(110), number(46033)}, {number(130), number(46043)}});
    setData("G1:G2", {{number(4)}, {number(4)}});
    check({
        {"=KPI.FORECAST(C1:C4;D1:D4;5)", E::number(3.5)},                       // 1 + 0.5 * 5
        {"=KPI.FORECAST(C1:C4;D1:D4;2)", E::number(2)},                         // 1 + 0.5 * 2
        {"=KPI.FORECAST(E1:E3;F1:F3;DATE(2026;1;31))", E::number(430.0 / 3.0)}, // see above
        {"=KPI.FORECAST(C3:C4;D3:D4;5)", E::illegalArgument()},                 // one pair: (3, 2)
        {"=KPI.FORECAST(C1:C2;G1:G2;5)", E::illegalArgument()}, // one distinct date: 4
    });
}

TEST_F(KpiFunctions, TrendIsTheSlopePerDayOrPerPosition) {
    setData("C1:F3", {{number(1), number(1), number(10), number(1)},
                      {number(3), text("n/a"), number(20), number(2)},
                      {number(2), number(2), number(40), number(4)}});
    setData("C5:E5", {{number(2), number(4), number(6)}});
    setData("G1:G2", {{number(5)}, {number(5)}});
    check({
        {"=KPI.TREND(C1:C3)", E::number(0.5)},       // x = 1, 2, 3; y = 1, 3, 2: Sxy 1 / Sxx 2
        {"=KPI.TREND(D1:D3)", E::number(0.5)},       // x = positions 1 and 3: (2 - 1) / (3 - 1)
        {"=KPI.TREND(C5:E5)", E::number(2)},         // a row: x = 1, 2, 3; y = 2, 4, 6
        {"=KPI.TREND(E1:E3;F1:F3)", E::number(10)},  // y = 10 x through (1,10) (2,20) (4,40)
        {"=KPI.TREND(D2:D3)", E::illegalArgument()}, // one number
        {"=KPI.TREND(E1:E2;G1:G2)", E::illegalArgument()}, // one distinct date: 5
    });
}

// ---- KPI.ABTEST: pooled two-proportion z-test, two-sided ------------------------------

TEST_F(KpiFunctions, AbTestGivesTheTwoSidedPValue) {
    check({
        // p = 100/200 = 0.5; se = sqrt(0.5 * 0.5 * (1/100 + 1/100)) = sqrt(0.005);
        // z = (0.6 - 0.4) / sqrt(0.005) = 2 sqrt(2); p-value = 2 (1 - Phi(z)) = erfc(z / sqrt(2))
        // = erfc(2) = 0.0046777349810472658
        {"=KPI.ABTEST(40;100;60;100)", E::number(0.0046777349810472658)},
        {"=KPI.ABTEST(60;100;40;100)", E::number(0.0046777349810472658)}, // symmetric
        // same p and se; z = 0.1 / sqrt(0.005) = sqrt(2): erfc(1) = 0.15729920705028513
        {"=KPI.ABTEST(45;100;55;100)", E::number(0.15729920705028513)},
        {"=KPI.ABTEST(50;100;50;100)", E::number(1)}, // z = 0
        {"=KPI.ABTEST(10;50;30;150)", E::number(1)},  // 0.2 and 0.2: z = 0
        {"=KPI.ABTEST(0;100;0;50)", E::number(1)},    // pooled rate 0
        {"=KPI.ABTEST(100;100;50;50)", E::number(1)}, // pooled rate 1
    });
}

TEST_F(KpiFunctions, AbTestRejectsImpossibleCounts) {
    check({
        {"=KPI.ABTEST(0;0;1;10)", E::illegalArgument()},   // trials_a = 0
        {"=KPI.ABTEST(1;10;1;-5)", E::illegalArgument()},  // trials_b < 0
        {"=KPI.ABTEST(11;10;1;10)", E::illegalArgument()}, // conversions_a > trials_a
        {"=KPI.ABTEST(-1;10;1;10)", E::illegalArgument()}, // conversions_a < 0
        {"=KPI.ABTEST(1;10;12;10)", E::illegalArgument()}, // conversions_b > trials_b
    });
}

} // namespace concord::integration
