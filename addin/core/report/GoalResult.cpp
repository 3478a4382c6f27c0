#include "core/report/GoalResult.hpp"

#include "core/common/Error.hpp"
#include "core/common/NumberText.hpp"

#include <cmath>
#include <cstdio>

namespace concord::core::report {

GoalResult evaluateGoal(const model::Goal& goal, const model::Kpi* kpi, bool parentExists,
                        const std::vector<const model::Actual*>& history,
                        const smart::Analyser& analyser, const Texts& texts) {
    GoalResult report;
    report.goal = goal;
    smart::Evidence evidence;
    evidence.goal = goal.text;
    if (kpi) {
        report.kpi = kpi->id;
        evidence.kpi = kpi->id;
        evidence.target = kpi->target;
        evidence.baseline = kpi->baseline;
        report.plausibility =
            judgePlausibility(kpi->direction, kpi->target, history, goal.deadline);
    }
    if (goal.deadline)
        evidence.deadline = static_cast<double>(*goal.deadline);
    if (!goal.owner.empty())
        evidence.owner = goal.owner;
    if (parentExists && !goal.parent.empty())
        evidence.parent = goal.parent;
    evidence.companyLevel = goal.level == model::Level::Company;
    try {
        report.smart = analyser.analyse(evidence);
    } catch (const common::Error&) {
        return report;
    }
    smart::Result& smart = *report.smart;
    if (kpi && report.plausibility && !report.plausibility->plausible && smart.a) {
        smart.a = false;
        if (smart.s && smart.m) {
            const common::Language language = smart.language == common::Language::Ru
                                                  ? common::Language::Ru
                                                  : common::Language::En;
            smart.hint = texts.format(
                kpi->direction == kpi::Direction::Down ? "smart.implausible_down"
                                                       : "smart.implausible_up",
                language,
                {{"target", common::NumberText::sentence(kpi->target, language)},
                 {"reach", common::NumberText::sentence(report.plausibility->reach, language)},
                 {"kpi", kpi->name.empty() ? kpi->id : kpi->name}});
        }
    }
    return report;
}

} // namespace concord::core::report
