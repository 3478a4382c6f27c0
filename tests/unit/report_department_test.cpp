// Department and company scores (DESIGN §3): weighted means of the scores that exist, stale
// KPIs left out (never counted as 0), status by the default thresholds, green/amber/red
// counts, and the on-time shares of what a department provides and receives.
#include "core/report/Results.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::analyser;
using concord::test::date;
using concord::test::Fields;
using concord::test::texts;
using concord::test::WorkbookBuilder;

namespace {

const Period september{Frequency::Month, 2026, 9};

/// A KPI's direction and weight, the cells the tests below vary.
Fields kpiCells(const char* direction, double weight) {
    return {{"direction", direction}, {"weight", weight}};
}

/// "2026-09" for month 9.
std::string month(int m) {
    return Period{Frequency::Month, 2026, m}.label();
}

Report report(const Workbook& workbook) {
    return computeResults(workbook, september, analyser(), texts(), Language::En);
}

/// SAL: A up (score 0.9, weight 2), B down (score 1.2, weight 1), C stale (weight 3).
Workbook sales() {
    // A: 1 + (90 − 100)/100 = 0.9; B: 1 − (8 − 10)/10 = 1.2; C: last value in July
    return WorkbookBuilder()
        .department("SAL", "SAL name")
        .kpi("A", "A", "SAL", 100.0, kpiCells("up", 2))
        .kpi("B", "B", "SAL", 10.0, kpiCells("down", 1))
        .kpi("C", "C", "SAL", 50.0, kpiCells("up", 3))
        .actual("A", "2026-09", 90.0)
        .actual("B", "2026-09", 8.0)
        .actual("C", "2026-07", 40.0)
        .read();
}

} // namespace

TEST(ReportDepartment, WeightedMeanOfTheScoresThatExist) {
    // (0.9 · 2 + 1.2 · 1) / (2 + 1) = 3.0 / 3 = 1.0 → green. Counting the stale C as 0 would
    // give (1.8 + 1.2 + 0 · 3) / 6 = 0.5.
    const Report r = report(sales());
    const DepartmentResult& sal = r.departments.at(0);
    ASSERT_TRUE(sal.score);
    EXPECT_NEAR(1.0, *sal.score, 1e-12);
    EXPECT_EQ(Status::Green, *sal.status);
}

TEST(ReportDepartment, StaleKpiIsInNoCount) {
    // A amber (0.9), B green (1.2), C stale: no status
    const Report r = report(sales());
    const DepartmentResult& sal = r.departments.at(0);
    EXPECT_EQ(1, sal.green);
    EXPECT_EQ(1, sal.amber);
    EXPECT_EQ(0, sal.red);
    EXPECT_TRUE(sal.kpis.at(2).stale);
    EXPECT_EQ("2026-07", sal.kpis.at(2).lastPeriod->label());
}

TEST(ReportDepartment, OnlyStaleKpisGiveNoScore) {
    const Workbook w = WorkbookBuilder()
                           .department("OPS", "OPS name")
                           .kpi("X", "X", "OPS", 10.0, kpiCells("up", 1))
                           .actual("X", "2026-06", 8.0)
                           .read();
    const Report r = report(w);
    const DepartmentResult& ops = r.departments.at(0);
    EXPECT_FALSE(ops.score);
    EXPECT_FALSE(ops.status);
}

TEST(ReportDepartment, StatusUsesTheDefaultThresholdsNotTheKpis) {
    // one KPI with its own Green from 0.5 scores 0.6: green for the KPI, but the
    // department's 0.6 is red by the default 0.7 / 0.95
    const Workbook w =
        WorkbookBuilder()
            .department("FIN", "FIN name")
            .kpi("F", "F", "FIN", 100.0,
                 {{"direction", "up"}, {"weight", 1.0}, {"amber_from", 0.3}, {"green_from", 0.5}})
            .actual("F", "2026-09", 60.0)
            .read();
    const Report r = report(w);
    const DepartmentResult& fin = r.departments.at(0);
    EXPECT_EQ(Status::Green, *fin.kpis.at(0).status);
    EXPECT_NEAR(0.6, *fin.score, 1e-12);
    EXPECT_EQ(Status::Red, *fin.status);
}

TEST(ReportCompany, WeightedMeanOfTheDepartmentScoresThatExist) {
    // X: one KPI scoring 1.0, weight 1; Y: one KPI scoring 0.7, weight 3; Z has no KPI
    // (no score), weight 5: (1.0 · 1 + 0.7 · 3) / (1 + 3) = 3.1 / 4 = 0.775 → amber
    const Workbook w = WorkbookBuilder()
                           .department("X", "X name", {{"weight", 1.0}})
                           .department("Y", "Y name", {{"weight", 3.0}})
                           .department("Z", "Z name", {{"weight", 5.0}})
                           .kpi("KX", "KX", "X", 100.0, kpiCells("up", 1))
                           .kpi("KY", "KY", "Y", 100.0, kpiCells("up", 1))
                           .actual("KX", "2026-09", 100.0)
                           .actual("KY", "2026-09", 70.0)
                           .read();
    const Report r = report(w);
    EXPECT_FALSE(r.departments.at(2).score);
    ASSERT_TRUE(r.company.score);
    EXPECT_NEAR(0.775, *r.company.score, 1e-12);
    EXPECT_EQ(Status::Amber, *r.company.status);
}

TEST(ReportCompany, NoDepartmentScoreNoCompanyScore) {
    const Report r = report(WorkbookBuilder().department("X", "X name").read());
    EXPECT_FALSE(r.company.score);
    EXPECT_FALSE(r.company.status);
}

TEST(ReportDepartment, OnTimeSharesOfWhatItProvidesAndReceives) {
    // The workbook starts in April (a KPI value), so each monthly request has six periods,
    // April … September, due on the 10th.
    // MKT → SAL request R1: on time in April … July (4 of 6); R2 (MKT → SAL): 6 of 6;
    // R3 (SAL → MKT): 3 of 6 on time.
    // MKT provides R1, R2: (4 + 6) / 12 = 0.8333…; receives R3: 3 / 6 = 0.5.
    // SAL provides R3: 0.5; receives R1, R2: 0.8333….
    WorkbookBuilder book;
    book.department("SAL", "SAL name")
        .department("MKT", "MKT name")
        .kpi("A", "A", "SAL", 100.0, kpiCells("up", 1))
        .actual("A", "2026-04", 80.0)
        .actual("A", "2026-09", 90.0);
    const Fields agreedMonthly = {{"due_day", 10.0}, {"agreed", "yes"}};
    book.request("R1", "SAL", "MKT", "data", agreedMonthly)
        .request("R2", "SAL", "MKT", "data", agreedMonthly)
        .request("R3", "MKT", "SAL", "data", agreedMonthly);
    // each delivered on the 3rd of its month
    auto deliver = [&book](const std::string& id, int first, int last) {
        for (int m = first; m <= last; ++m)
            book.delivery(id, month(m), date(2026, m, 3));
    };
    deliver("R1", 4, 7);
    deliver("R2", 4, 9);
    deliver("R3", 4, 6);
    const Workbook w = book.read();
    const Report r = report(w);
    const DepartmentResult& sal = r.departments.at(0);
    const DepartmentResult& mkt = r.departments.at(1);
    EXPECT_NEAR(10.0 / 12.0, *mkt.onTimeOut, 1e-12);
    EXPECT_NEAR(0.5, *mkt.onTimeIn, 1e-12);
    EXPECT_NEAR(0.5, *sal.onTimeOut, 1e-12);
    EXPECT_NEAR(10.0 / 12.0, *sal.onTimeIn, 1e-12);
}

TEST(ReportDepartment, NoAgreedRequestsNoOnTimeShare) {
    const Report r = report(sales());
    const DepartmentResult& sal = r.departments.at(0);
    EXPECT_FALSE(sal.onTimeOut);
    EXPECT_FALSE(sal.onTimeIn);
}
