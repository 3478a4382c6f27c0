#include "core/report/KpiResult.hpp"

#include <cmath>

#include "core/common/Error.hpp"
#include "core/kpi/Attainment.hpp"
#include "core/kpi/Pace.hpp"
#include "core/kpi/RangeScore.hpp"

namespace concord::core::report {

namespace {

/// a − b without the binary noise of the subtraction: two typed values (11.9 and 11.7)
/// differ by 0.2, not 0.200000000000001, so the difference is rounded to 12 significant
/// digits (typed values have fewer).
double typedDifference(double a, double b) {
    const double difference = a - b;
    if (difference == 0 || !std::isfinite(difference))
        return difference;
    const int decimals = 12 - static_cast<int>(std::ceil(std::log10(std::fabs(difference))));
    const double scale = std::pow(10.0, decimals);
    return std::round(difference * scale) / scale;
}

/// A threshold or baseline of 0 means "not given", as in the sheet functions.
std::optional<double> given(const std::optional<double>& value) {
    if (value && *value != 0)
        return value;
    return std::nullopt;
}

const model::Actual* rowOf(const std::vector<const model::Actual*>& actuals,
                           const model::Period& period) {
    for (const model::Actual* actual : actuals)
        if (actual->period == period)
            return actual;
    return nullptr;
}

std::optional<double> kpiPace(const KpiResult& report,
                              const std::vector<const model::Actual*>& actuals,
                              std::optional<long> deadline) {
    const model::Kpi& kpi = report.kpi;
    if (!report.actual || kpi.direction == kpi::Direction::Range ||
        kpi.frequency == model::Frequency::Once ||
        (kpi.direction == kpi::Direction::Down && !report.baseline))
        return std::nullopt;
    if (!deadline)
        return std::nullopt;
    std::optional<long> start;
    for (const model::Actual* actual : actuals)
        if (!start || actual->period.firstDay() < *start)
            start = actual->period.firstDay();
    try {
        return kpi::pace(
            *report.actual, kpi.target, static_cast<double>(*start), static_cast<double>(*deadline),
            static_cast<double>(report.period.lastDay()), report.baseline.value_or(0.0));
    } catch (const common::Error&) {
        return std::nullopt;
    }
}

/// Attainment, score and status of a KPI that has an actual.
void judge(KpiResult& report) {
    const model::Kpi& kpi = report.kpi;
    const double actual = *report.actual;
    try {
        if (kpi.direction == kpi::Direction::Range) {
            if (!kpi.targetMax)
                return;
            report.attainment =
                kpi::rangeScore(actual, report.target, *kpi.targetMax, std::nullopt);
            report.score = report.attainment;
        } else {
            const kpi::Direction direction =
                kpi.direction == kpi::Direction::Down ? kpi::Direction::Down : kpi::Direction::Up;
            report.attainment = kpi::attainment(actual, report.target, report.baseline, direction);
            report.score = kpi::score(actual, report.target, report.baseline, direction,
                                      std::nullopt, std::nullopt);
        }
    } catch (const common::Error&) {
        report.attainment.reset();
        report.score.reset();
        return;
    }
    try {
        report.status = kpi::status(*report.score, report.amberFrom, report.greenFrom);
    } catch (const common::Error&) {
        report.status.reset();
    }
}

} // namespace

std::optional<long> kpiGoalDeadline(const model::Kpi& kpi, const std::vector<model::Goal>& goals) {
    if (!kpi.goal.empty())
        for (const model::Goal& goal : goals)
            if (goal.id == kpi.goal && goal.deadline)
                return goal.deadline;
    for (const model::Goal& goal : goals)
        if (goal.kpi == kpi.id && goal.deadline)
            return goal.deadline;
    return std::nullopt;
}

KpiResult evaluateKpi(const model::Kpi& kpi, const std::vector<const model::Actual*>& actuals,
                      std::optional<long> deadline, const model::Period& chosen) {
    KpiResult report;
    report.kpi = kpi;
    report.period = model::Period::containing(kpi.frequency, chosen.lastDay());
    report.baseline = given(kpi.baseline);
    report.amberFrom = given(kpi.amberFrom).value_or(defaultAmberFrom);
    report.greenFrom = given(kpi.greenFrom).value_or(defaultGreenFrom);
    report.target = kpi.target;

    if (const model::Actual* row = rowOf(actuals, report.period)) {
        report.actual = row->value;
        if (row->target) {
            report.target = *row->target;
            report.planTarget = true;
        }
    }
    if (kpi.frequency != model::Frequency::Once)
        if (const model::Actual* row = rowOf(actuals, report.period.previous()))
            report.previous = row->value;
    if (report.actual && report.previous)
        report.change = typedDifference(*report.actual, *report.previous);

    if (!report.actual) {
        report.stale = true;
        for (const model::Actual* actual : actuals)
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

} // namespace concord::core::report
