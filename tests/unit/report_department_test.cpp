// Department and company scores (DESIGN §3): weighted means of the scores that exist, stale
// KPIs left out (never counted as 0), status by the default thresholds, green/amber/red
// counts, and the on-time shares of what a department provides and receives.
#include "core/common/CivilDate.hpp"
#include "core/report/Results.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::analyser;
using concord::test::texts;

namespace {

const Period september{Frequency::Month, 2026, 9};

Department department(const std::string& code, double weight = 1) {
    Department d;
    d.code = code;
    d.name = code + " name";
    d.weight = weight;
    return d;
}

Kpi kpi(const std::string& id, const std::string& code, Direction direction, double target,
        double weight) {
    Kpi k;
    k.id = id;
    k.name = id;
    k.department = code;
    k.direction = direction;
    k.target = target;
    k.weight = weight;
    return k;
}

Actual actual(const std::string& id, int month, double value) {
    Actual a;
    a.kpi = id;
    a.period = {Frequency::Month, 2026, month};
    a.value = value;
    return a;
}

Report report(const Workbook& workbook) {
    return computeResults(workbook, september, analyser(), texts(), Language::En);
}

/// SAL: A up (score 0.9, weight 2), B down (score 1.2, weight 1), C stale (weight 3).
Workbook sales() {
    Workbook w;
    w.departments = {department("SAL")};
    w.kpis = {kpi("A", "SAL", Direction::Up, 100, 2), kpi("B", "SAL", Direction::Down, 10, 1),
              kpi("C", "SAL", Direction::Up, 50, 3)};
    // A: 1 + (90 − 100)/100 = 0.9; B: 1 − (8 − 10)/10 = 1.2; C: last value in July
    w.actuals = {actual("A", 9, 90), actual("B", 9, 8), actual("C", 7, 40)};
    return w;
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
    const DepartmentResult& sal = report(sales()).departments.at(0);
    EXPECT_EQ(1, sal.green);
    EXPECT_EQ(1, sal.amber);
    EXPECT_EQ(0, sal.red);
    EXPECT_TRUE(sal.kpis.at(2).stale);
    EXPECT_EQ("2026-07", sal.kpis.at(2).lastPeriod->label());
}

TEST(ReportDepartment, OnlyStaleKpisGiveNoScore) {
    Workbook w;
    w.departments = {department("OPS")};
    w.kpis = {kpi("X", "OPS", Direction::Up, 10, 1)};
    w.actuals = {actual("X", 6, 8)};
    const DepartmentResult& ops = report(w).departments.at(0);
    EXPECT_FALSE(ops.score);
    EXPECT_FALSE(ops.status);
}

TEST(ReportDepartment, StatusUsesTheDefaultThresholdsNotTheKpis) {
    // one KPI with its own Green from 0.5 scores 0.6: green for the KPI, but the
    // department's 0.6 is red by the default 0.7 / 0.95
    Workbook w;
    w.departments = {department("FIN")};
    w.kpis = {kpi("F", "FIN", Direction::Up, 100, 1)};
    w.kpis[0].amberFrom = 0.3;
    w.kpis[0].greenFrom = 0.5;
    w.actuals = {actual("F", 9, 60)};
    const DepartmentResult& fin = report(w).departments.at(0);
    EXPECT_EQ(Status::Green, *fin.kpis.at(0).status);
    EXPECT_NEAR(0.6, *fin.score, 1e-12);
    EXPECT_EQ(Status::Red, *fin.status);
}

TEST(ReportCompany, WeightedMeanOfTheDepartmentScoresThatExist) {
    // X: one KPI scoring 1.0, weight 1; Y: one KPI scoring 0.7, weight 3; Z has no KPI
    // (no score), weight 5: (1.0 · 1 + 0.7 · 3) / (1 + 3) = 3.1 / 4 = 0.775 → amber
    Workbook w;
    w.departments = {department("X", 1), department("Y", 3), department("Z", 5)};
    w.kpis = {kpi("KX", "X", Direction::Up, 100, 1), kpi("KY", "Y", Direction::Up, 100, 1)};
    w.actuals = {actual("KX", 9, 100), actual("KY", 9, 70)};
    const Report r = report(w);
    EXPECT_FALSE(r.departments.at(2).score);
    ASSERT_TRUE(r.company.score);
    EXPECT_NEAR(0.775, *r.company.score, 1e-12);
    EXPECT_EQ(Status::Amber, *r.company.status);
}

TEST(ReportCompany, NoDepartmentScoreNoCompanyScore) {
    Workbook w;
    w.departments = {department("X")};
    const Report r = report(w);
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
    Workbook w;
    w.departments = {department("SAL"), department("MKT")};
    w.kpis = {kpi("A", "SAL", Direction::Up, 100, 1)};
    w.actuals = {actual("A", 4, 80), actual("A", 9, 90)};
    auto request = [](const std::string& id, const std::string& from, const std::string& to) {
        Request r;
        r.id = id;
        r.from = from;
        r.to = to;
        r.what = "data";
        r.dueDay = 10;
        r.agreed = true;
        return r;
    };
    w.requests = {request("R1", "SAL", "MKT"), request("R2", "SAL", "MKT"),
                  request("R3", "MKT", "SAL")};
    auto deliver = [&w](const std::string& id, int month) {
        Delivery d;
        d.request = id;
        d.period = {Frequency::Month, 2026, month};
        d.deliveredOn = daysFromCivil({2026, month, 3});
        w.deliveries.push_back(d);
    };
    for (int month = 4; month <= 7; ++month)
        deliver("R1", month);
    for (int month = 4; month <= 9; ++month)
        deliver("R2", month);
    for (int month = 4; month <= 6; ++month)
        deliver("R3", month);
    const Report r = report(w);
    const DepartmentResult& sal = r.departments.at(0);
    const DepartmentResult& mkt = r.departments.at(1);
    EXPECT_NEAR(10.0 / 12.0, *mkt.onTimeOut, 1e-12);
    EXPECT_NEAR(0.5, *mkt.onTimeIn, 1e-12);
    EXPECT_NEAR(0.5, *sal.onTimeOut, 1e-12);
    EXPECT_NEAR(10.0 / 12.0, *sal.onTimeIn, 1e-12);
}

TEST(ReportDepartment, NoAgreedRequestsNoOnTimeShare) {
    const DepartmentResult& sal = report(sales()).departments.at(0);
    EXPECT_FALSE(sal.onTimeOut);
    EXPECT_FALSE(sal.onTimeIn);
}
