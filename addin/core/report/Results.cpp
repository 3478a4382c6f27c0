#include "core/report/Results.hpp"

#include "core/common/Error.hpp"
#include "core/common/Utf8.hpp"
#include "core/kpi/Weighted.hpp"
#include "core/report/Scoring.hpp"

#include <Poco/String.h>
#include <Poco/Unicode.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace concord::core::report {

namespace {

template <class Row>
std::map<std::string, std::vector<const Row*>> byKey(const std::vector<Row>& rows,
                                                     std::string Row::*key) {
    std::map<std::string, std::vector<const Row*>> index;
    for (const Row& row : rows)
        index[row.*key].push_back(&row);
    return index;
}

template <class Row>
const std::vector<const Row*>& rowsOf(const std::map<std::string, std::vector<const Row*>>& index,
                                      const std::string& key) {
    static const std::vector<const Row*> none;
    auto found = index.find(key);
    return found == index.end() ? none : found->second;
}

void keepEarliest(std::optional<long>& earliest, long day) {
    earliest = earliest ? std::min(*earliest, day) : day;
}

long workbookFirstDay(const model::Workbook& workbook, long asOf) {
    std::optional<long> first;
    for (const model::Actual& actual : workbook.actuals)
        if (actual.period.frequency != model::Frequency::Once)
            keepEarliest(first, actual.period.firstDay());
    for (const model::Delivery& delivery : workbook.deliveries)
        if (delivery.period.frequency != model::Frequency::Once)
            keepEarliest(first, delivery.period.firstDay());
    return first.value_or(asOf);
}

/// A text for the middle of a sentence: trimmed, without a closing full stop, and with a
/// capital first letter made small when the next letter is small ("Signed notes" → "signed
/// notes"; "CRM export" and "B2B orders" stay as written).
std::string clause(const std::string& text) {
    std::string result = Poco::trim(text);
    while (!result.empty() && (result.back() == '.' || result.back() == ' '))
        result.pop_back();
    const auto [first, firstLength] = common::Utf8::first(result);
    const auto [second, secondLength] =
        common::Utf8::first(std::string_view(result).substr(firstLength));
    if (firstLength == 0 || secondLength == 0 || !Poco::Unicode::isUpper(first) ||
        !Poco::Unicode::isLower(second))
        return result;
    std::string lower;
    common::Utf8::append(lower, Poco::Unicode::toLower(first));
    return lower + result.substr(firstLength);
}

/// True when why already says what for ("to call every lead", "чтобы звонить"): it starts
/// with one of the words of escalation.purpose_words (either language, any case, '|'
/// between them) followed by a space.
bool statesPurpose(const std::string& why, const Texts& texts) {
    const std::string lower = common::Utf8::lower(why);
    for (const common::Language language : {common::Language::En, common::Language::Ru}) {
        const std::string& words = texts.text("escalation.purpose_words", language);
        std::size_t start = 0;
        while (start <= words.size()) {
            const std::size_t bar = std::min(words.find('|', start), words.size());
            const std::string word = common::Utf8::lower(words.substr(start, bar - start)) + " ";
            if (word.size() > 1 && lower.rfind(word, 0) == 0)
                return true;
            start = bar + 1;
        }
    }
    return false;
}

/// The KPI that measures a goal: its KPI column, else the first KPI naming the goal.
const model::Kpi*
measuringKpi(const model::Goal& goal, const std::map<std::string, const model::Kpi*>& kpis,
             const std::map<std::string, std::vector<const model::Kpi*>>& naming) {
    if (!goal.kpi.empty()) {
        auto found = kpis.find(goal.kpi);
        if (found != kpis.end())
            return found->second;
    }
    const std::vector<const model::Kpi*>& candidates = rowsOf(naming, goal.id);
    return candidates.empty() ? nullptr : candidates.front();
}

} // namespace

const KpiResult* Report::findKpi(std::string_view id) const {
    auto found = kpiIndex.find(id);
    if (found == kpiIndex.end())
        return nullptr;
    return &departments[found->second.first].kpis[found->second.second];
}

const DepartmentResult* Report::findDepartment(std::string_view code) const {
    for (const DepartmentResult& department : departments)
        if (department.department.code == code)
            return &department;
    return nullptr;
}

std::vector<const KpiResult*> Report::goalKpis(const GoalResult& goal) const {
    std::vector<const KpiResult*> result;
    if (const KpiResult* own = findKpi(goal.goal.kpi))
        result.push_back(own);
    auto naming = kpisNamingGoal.find(goal.goal.id);
    if (naming == kpisNamingGoal.end())
        return result;
    for (const auto& [department, position] : naming->second) {
        const KpiResult* kpi = &departments[department].kpis[position];
        if (std::find(result.begin(), result.end(), kpi) == result.end())
            result.push_back(kpi);
    }
    return result;
}

const std::string& Report::departmentName(const std::string& code) const {
    const DepartmentResult* department = findDepartment(code);
    if (!department || department->department.name.empty())
        return code;
    return department->department.name;
}

Report computeResults(const model::Workbook& workbook, const model::Period& period,
                      const smart::Analyser& analyser, const Texts& texts,
                      common::Language language) {
    Report report;
    report.period = period;
    report.asOf = period.lastDay();
    report.firstDay = workbookFirstDay(workbook, report.asOf);
    report.language = language;

    const auto actuals = byKey(workbook.actuals, &model::Actual::kpi);
    const auto deliveries = byKey(workbook.deliveries, &model::Delivery::request);
    const auto kpisByDepartment = byKey(workbook.kpis, &model::Kpi::department);
    const auto naming = byKey(workbook.kpis, &model::Kpi::goal);
    std::map<std::string, const model::Kpi*> kpis;
    for (const model::Kpi& kpi : workbook.kpis)
        kpis.emplace(kpi.id, &kpi);
    std::set<std::string> goalIds;
    for (const model::Goal& goal : workbook.goals)
        goalIds.insert(goal.id);

    report.departments = Scoring(workbook).departments(period);
    for (std::size_t d = 0; d < report.departments.size(); ++d) {
        const std::vector<KpiResult>& kpiRows = report.departments[d].kpis;
        for (std::size_t k = 0; k < kpiRows.size(); ++k) {
            report.kpiIndex.emplace(kpiRows[k].kpi.id, std::make_pair(d, k));
            if (!kpiRows[k].kpi.goal.empty())
                report.kpisNamingGoal[kpiRows[k].kpi.goal].emplace_back(d, k);
        }
    }

    std::map<std::string, std::size_t> departmentIndex;
    for (std::size_t i = 0; i < report.departments.size(); ++i)
        departmentIndex.emplace(report.departments[i].department.code, i);
    for (const model::Goal& goal : workbook.goals) {
        const model::Kpi* kpi = measuringKpi(goal, kpis, naming);
        std::vector<const model::Actual*> history;
        if (kpi)
            for (const model::Actual* actual : rowsOf(actuals, kpi->id))
                if (actual->period.lastDay() <= report.asOf)
                    history.push_back(actual);
        const bool parentExists =
            !goal.parent.empty() && goal.parent != goal.id && goalIds.count(goal.parent) > 0;
        const std::size_t index = report.goals.size();
        report.goals.push_back(evaluateGoal(goal, kpi, parentExists, history, analyser, texts));
        if (goal.level == model::Level::Company)
            report.company.goals.push_back(index);
        auto department = departmentIndex.find(goal.department);
        if (department != departmentIndex.end())
            report.departments[department->second].goals.push_back(index);
    }

    std::map<std::string, OnTimeCount> out;
    std::map<std::string, OnTimeCount> in;
    for (const model::Request& request : workbook.requests) {
        RequestResult row =
            evaluateRequest(request, rowsOf(deliveries, request.id), report.firstDay, report.asOf);
        countOnTime(row, onTimeWindow, out[request.to]);
        countOnTime(row, onTimeWindow, in[request.from]);
        report.requests.push_back(std::move(row));
    }
    for (RequestResult& row : report.requests) {
        if (row.ladder < 2)
            continue;
        const std::string why = clause(row.request.why);
        const char* id = why.empty()                 ? "escalation.sentence_no_why"
                         : statesPurpose(why, texts) ? "escalation.sentence_purpose"
                                                     : "escalation.sentence";
        row.escalation = texts.format(id, language,
                                      {{"to", report.departmentName(row.request.to)},
                                       {"from", report.departmentName(row.request.from)},
                                       {"what", clause(row.request.what)},
                                       {"why", why}});
    }

    for (DepartmentResult& department : report.departments) {
        department.onTimeOut = out[department.department.code].share();
        department.onTimeIn = in[department.department.code].share();
    }
    std::tie(report.company.score, report.company.status) = Scoring::company(report.departments);
    return report;
}

} // namespace concord::core::report
