#include "core/report/GoalResult.hpp"

#include "core/common/Error.hpp"

#include <cmath>
#include <cstdio>

namespace concord::core::report {

std::string sentenceNumber(double value, common::Language language) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", std::round(value * 100) / 100);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    if (text == "-0")
        text = "0";
    if (language == common::Language::Ru)
        for (char& c : text)
            if (c == '.')
                c = ',';
    return text;
}

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
            smart.hint =
                texts.format(kpi->direction == kpi::Direction::Down ? "smart.implausible_down"
                                                                    : "smart.implausible_up",
                             language,
                             {{"target", sentenceNumber(kpi->target, language)},
                              {"reach", sentenceNumber(report.plausibility->reach, language)},
                              {"kpi", kpi->name.empty() ? kpi->id : kpi->name}});
        }
    }
    return report;
}

} // namespace concord::core::report
