#include "core/report/People.hpp"
#include "core/report/WeightedScore.hpp"

#include <Poco/String.h>

#include <map>

namespace concord::core::report {

namespace {

/// The person named owner, added at the end when new; nullptr for a blank owner.
PersonResult* personNamed(const std::string& owner, std::vector<PersonResult>& people,
                          std::map<std::string, std::size_t>& index) {
    std::string name = Poco::trim(owner);
    if (name.empty())
        return nullptr;
    auto [found, added] = index.emplace(name, people.size());
    if (added)
        people.push_back(PersonResult{std::move(name), {}, {}, {}, {}, {}});
    return &people[found->second];
}

/// Keeps the department that comes first in the Departments table.
void keepFirst(std::optional<std::size_t>& best, std::size_t department) {
    if (!best || department < *best)
        best = department;
}

} // namespace

std::vector<PersonResult> people(const Report& report) {
    std::vector<PersonResult> result;
    std::map<std::string, std::size_t> index;
    std::map<std::size_t, std::optional<std::size_t>> firstDepartment;
    for (std::size_t d = 0; d < report.departments.size(); ++d)
        for (std::size_t k = 0; k < report.departments[d].kpis.size(); ++k)
            if (PersonResult* person =
                    personNamed(report.departments[d].kpis[k].kpi.owner, result, index)) {
                person->kpis.emplace_back(d, k);
                keepFirst(firstDepartment[index[person->name]], d);
            }
    std::map<std::string, std::size_t> departmentIndex;
    for (std::size_t d = 0; d < report.departments.size(); ++d)
        departmentIndex.emplace(report.departments[d].department.code, d);
    for (std::size_t g = 0; g < report.goals.size(); ++g) {
        const model::Goal& goal = report.goals[g].goal;
        PersonResult* person = personNamed(goal.owner, result, index);
        if (!person)
            continue;
        person->goals.push_back(g);
        auto department = departmentIndex.find(goal.department);
        if (department != departmentIndex.end())
            keepFirst(firstDepartment[index[person->name]], department->second);
    }
    for (std::size_t p = 0; p < result.size(); ++p) {
        PersonResult& person = result[p];
        if (const std::optional<std::size_t>& d = firstDepartment[p])
            person.department = report.departments[*d].department.code;
        std::vector<std::optional<double>> scores;
        std::vector<std::optional<double>> weights;
        for (const auto& [d, k] : person.kpis) {
            const KpiResult& kpi = report.departments[d].kpis[k];
            scores.push_back(kpi.score);
            weights.push_back(kpi.kpi.weight);
        }
        const WeightedScore weighted = weightedScore(scores, weights);
        person.score = weighted.score;
        person.status = weighted.status;
    }
    return result;
}

} // namespace concord::core::report
