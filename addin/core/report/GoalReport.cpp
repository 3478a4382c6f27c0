#include "GoalReport.hpp"

#include "core/Error.hpp"

#include <cmath>
#include <cstdio>

namespace concord::core {

std::string sentenceNumber(double value, UiLanguage language) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", std::round(value * 100) / 100);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    if (text == "-0")
        text = "0";
    if (language == UiLanguage::Ru)
        for (char& c : text)
            if (c == '.')
                c = ',';
    return text;
}

GoalReport evaluateGoal(const Goal& goal, const Kpi* kpi, bool parentExists,
                        const std::vector<const Actual*>& history, const SmartAnalyser& analyser,
                        const ReportTexts& texts) {
    GoalReport report;
    report.goal = goal;
    SmartEvidence evidence;
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
    evidence.companyLevel = goal.level == Level::Company;
    try {
        report.smart = analyser.analyse(evidence);
    } catch (const Error&) {
        return report;
    }
    SmartResult& smart = *report.smart;
    if (kpi && report.plausibility && !report.plausibility->plausible && smart.a) {
        smart.a = false;
        if (smart.s && smart.m) {
            const UiLanguage language =
                smart.language == Language::Ru ? UiLanguage::Ru : UiLanguage::En;
            smart.hint =
                texts.format(kpi->direction == KpiDirection::Down ? "smart.implausible_down"
                                                                  : "smart.implausible_up",
                             language,
                             {{"target", sentenceNumber(kpi->target, language)},
                              {"reach", sentenceNumber(report.plausibility->reach, language)},
                              {"kpi", kpi->name.empty() ? kpi->id : kpi->name}});
        }
    }
    return report;
}

} // namespace concord::core
