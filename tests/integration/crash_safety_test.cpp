// Wrong types, ranges where one value belongs, and inputs that overflow: each gives an
// error in its cell, never a crash or a silent number, and the office keeps working.
#include "CalcSheetTest.hpp"
#include "OfficeEnvironment.hpp"

namespace concord::integration {

namespace {

using E = Expected;

} // namespace

class CrashSafety : public CalcSheetTest {};

TEST_F(CrashSafety, TextWhereANumberBelongsIsAnInvalidArgument) {
    check({
        {"=KPI.ATTAINMENT(\"eight\";10)", E::illegalArgument()},
        {"=KPI.SCORE(8;\"ten\")", E::illegalArgument()},
        {"=KPI.STATUS(\"high\")", E::illegalArgument()},
        {"=KPI.ABTEST(\"a\";100;1;100)", E::illegalArgument()},
        {"=KPI.PACE(40;100;\"start\";200;150)", E::illegalArgument()},
        {"=REQ.NEXTDUE(\"month\";\"tomorrow\")", E::illegalArgument()},
        {"=REQ.STATUS(\"soon\")", E::illegalArgument()},
    });
}

TEST_F(CrashSafety, ARangeWhereOneValueBelongsIsAnInvalidArgument) {
    setData("C1:F3", {{number(1), number(1), number(5), number(6)},
                      {number(3), number(2), number(7), number(8)},
                      {number(2), number(3), empty(), empty()}});
    check({
        {"=KPI.FORECAST(C1:C3;D1:D3;E1:F2)", E::illegalArgument()}, // 2x2 deadline
        {"=KPI.FORECAST(C1:C3;D1:D3;4)", E::number(3)},             // one deadline: 1 + 0.5 * 4
    });
}

TEST_F(CrashSafety, OverflowingInputsGiveAnError) {
    setData("C1:E2", {{number(1e308), number(1), number(1e308)},
                      {number(-1e308), number(2), number(1e308)}});
    check({
        {"=KPI.ATTAINMENT(1E308;-1E308)", E::anyError()},           // 1 + 2E308 / 1E308 = inf
        {"=KPI.ATTAINMENT(-1E308;1E308;;\"down\")", E::anyError()}, // 1 + 2E308 / 1E308 = inf
        {"=KPI.ATTAINMENT(1;1E308;-1E308)", E::anyError()},         // t - b = 2E308 overflows
        {"=KPI.PACE(40;100;100;200;150;100)", E::anyError()},       // t = b: -60 / 0
        {"=KPI.WEIGHTED(E1:E2;E1:E2)", E::anyError()},              // 1E308 * 1E308 overflows
        {"=KPI.FORECAST(C1:C2;D1:D2;3)", E::anyError()},            // slope -2E308 overflows
        {"=KPI.TREND(C1:C2)", E::anyError()},                       // slope -2E308 overflows
        {"=REQ.NEXTDUE(\"month\";1E15)", E::anyError()},            // no calendar date
        {"=REQ.NEXTDUE(\"month\";-1E15)", E::anyError()},
        {"=KPI.ATTAINMENT(1/0;10)", E::anyError()}, // Calc's own #DIV/0! as argument
    });
}

TEST_F(CrashSafety, TheOfficeStillComputesAfterBadCalls) {
    // What these give is checked above; here only that the office survives them.
    setData("C1:D2", {{number(1e308), number(1)}, {number(-1e308), number(2)}});
    const char* const badCalls[] = {
        "=KPI.ATTAINMENT(\"eight\";10)",
        "=KPI.ATTAINMENT(1E308;-1E308)",
        "=KPI.ATTAINMENT(1;1E308;-1E308)",
        "=KPI.FORECAST(C1:C2;D1:D2;C1:D2)",
        "=KPI.TREND(C1:C2)",
        "=REQ.NEXTDUE(\"month\";1E15)",
        "=REQ.NEXTDUE(\"year\";-1E300)",
        "=SMART.HINT(C1:D2)",
    };
    int row = 1;
    for (const char* formula : badCalls)
        setFormula("A" + std::to_string(row++), formula);
    recalculate();
    ASSERT_TRUE(OfficeEnvironment::office().isRunning());
    check({{"=KPI.ATTAINMENT(8;10)", E::number(0.8)}}); // 1 + (8 - 10) / 10
    EXPECT_TRUE(OfficeEnvironment::office().isRunning());
}

} // namespace concord::integration
