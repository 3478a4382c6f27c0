#include "KpiReport.hpp"

#include "core/Attainment.hpp"
#include "core/Error.hpp"
#include "core/Pace.hpp"
#include "core/RangeScore.hpp"

namespace concord::core {

namespace {

/// A threshold or baseline of 0 means "not given", as in the sheet functions.
std::optional<double> given(const std::optional<double>& value) {
    if (value && *value != 0)
        return value;
    return std::nullopt;
}

const Actual* rowOf(const std::vector<const Actual*>& actuals, const Period& period) {
    for (const Actual* actual : actuals)
        if (actual->period == period)
            return actual;
    return nullptr;
}

std::optional<double> kpiPace(const KpiReport& report, const std::vector<const Actual*>& actuals,
                              std::optional<long> deadline) {
    const Kpi& kpi = report.kpi;
    if (!report.actual || kpi.direction == KpiDirection::Range ||
        kpi.frequency == Frequency::Once ||
        (kpi.direction == KpiDirection::Down && !report.baseline))
        return std::nullopt;
    if (!deadline)
        return std::nullopt;
    std::optional<long> start;
    for (const Actual* actual : actuals)
        if (!start || actual->period.firstDay() < *start)
            start = actual->period.firstDay();
    try {
        return pace(*report.actual, kpi.target, static_cast<double>(*start),
                    static_cast<double>(*deadline), static_cast<double>(report.period.lastDay()),
                    report.baseline.value_or(0.0));
    } catch (const Error&) {
        return std::nullopt;
    }
}

/// Attainment, score and status of a KPI that has an actual.
void judge(KpiReport& report) {
    const Kpi& kpi = report.kpi;
    const double actual = *report.actual;
    try {
        if (kpi.direction == KpiDirection::Range) {
            if (!kpi.targetMax)
                return;
            report.attainment = rangeScore(actual, report.target, *kpi.targetMax, std::nullopt);
            report.score = report.attainment;
        } else {
            const Direction direction =
                kpi.direction == KpiDirection::Down ? Direction::Down : Direction::Up;
            report.attainment = attainment(actual, report.target, report.baseline, direction);
            report.score = score(actual, report.target, report.baseline, direction, std::nullopt,
                                 std::nullopt);
        }
    } catch (const Error&) {
        report.attainment.reset();
        report.score.reset();
        return;
    }
    try {
        report.status = status(*report.score, report.amberFrom, report.greenFrom);
    } catch (const Error&) {
        report.status.reset();
    }
}

} // namespace

std::optional<long> kpiGoalDeadline(const Kpi& kpi, const std::vector<Goal>& goals) {
    if (!kpi.goal.empty())
        for (const Goal& goal : goals)
            if (goal.id == kpi.goal && goal.deadline)
                return goal.deadline;
    for (const Goal& goal : goals)
        if (goal.kpi == kpi.id && goal.deadline)
            return goal.deadline;
    return std::nullopt;
}

KpiReport evaluateKpi(const Kpi& kpi, const std::vector<const Actual*>& actuals,
                      std::optional<long> deadline, const Period& chosen) {
    KpiReport report;
    report.kpi = kpi;
    report.period = Period::containing(kpi.frequency, chosen.lastDay());
    report.baseline = given(kpi.baseline);
    report.amberFrom = given(kpi.amberFrom).value_or(defaultAmberFrom);
    report.greenFrom = given(kpi.greenFrom).value_or(defaultGreenFrom);
    report.target = kpi.target;

    if (const Actual* row = rowOf(actuals, report.period)) {
        report.actual = row->value;
        if (row->target) {
            report.target = *row->target;
            report.planTarget = true;
        }
    }
    if (kpi.frequency != Frequency::Once)
        if (const Actual* row = rowOf(actuals, report.period.previous()))
            report.previous = row->value;
    if (report.actual && report.previous)
        report.change = *report.actual - *report.previous;

    if (!report.actual) {
        report.stale = true;
        for (const Actual* actual : actuals)
            if (actual->period < report.period &&
                (!report.lastPeriod || *report.lastPeriod < actual->period)) {
                report.lastPeriod = actual->period;
                report.lastValue = actual->value;
            }
        return report;
    }
    judge(report);
    report.pace = kpiPace(report, actuals, deadline);
    return report;
}

} // namespace concord::core
