#include "core/report/Json.hpp"

#include "core/common/CivilDate.hpp"
#include "core/report/People.hpp"
#include "core/report/RequestMatrix.hpp"
#include "core/smart/Language.hpp"

#include <sstream>

namespace concord::core::report {

namespace {

template <class T> nlohmann::json orNull(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json statusJson(const std::optional<kpi::Status>& status) {
    return status ? nlohmann::json(static_cast<int>(*status)) : nlohmann::json(nullptr);
}

nlohmann::json dateJson(const std::optional<long>& day) {
    if (!day)
        return nullptr;
    std::ostringstream out;
    out << common::civilFromDays(*day);
    return out.str();
}

nlohmann::json textOrNull(const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

/// Language-neutral codes of the enumerations, as in words.json.
const char* const directionCodes[] = {"up", "down", "range"};
const char* const frequencyCodes[] = {"once", "week", "month", "quarter", "year"};
const char* const levelCodes[] = {"company", "department", "person"};

nlohmann::json scoreHistoryJson(const History* history, const std::vector<ScorePoint>* points) {
    if (!history || !points)
        return nullptr;
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < points->size() && i < history->periods.size(); ++i)
        list.push_back({{"period", history->periods[i].label()},
                        {"score", orNull((*points)[i].score)},
                        {"status", statusJson((*points)[i].status)}});
    return list;
}

nlohmann::json kpiHistoryJson(const History* history, const std::vector<KpiPoint>* points) {
    if (!history || !points)
        return nullptr;
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < points->size() && i < history->periods.size(); ++i)
        list.push_back({{"period", history->periods[i].label()},
                        {"actual", orNull((*points)[i].actual)},
                        {"attainment", orNull((*points)[i].attainment)},
                        {"status", statusJson((*points)[i].status)}});
    return list;
}

nlohmann::json kpiJson(const KpiResult& kpi, const History* history,
                       const std::vector<KpiPoint>* points) {
    return {{"id", kpi.kpi.id},
            {"name", kpi.kpi.name},
            {"unit", kpi.kpi.unit},
            {"direction", directionCodes[static_cast<int>(kpi.kpi.direction)]},
            {"frequency", frequencyCodes[static_cast<int>(kpi.kpi.frequency)]},
            {"period", kpi.period.label()},
            {"baseline", orNull(kpi.kpi.baseline)},
            {"target", kpi.target},
            {"target_max", orNull(kpi.kpi.targetMax)},
            {"plan_target", kpi.planTarget},
            {"actual", orNull(kpi.actual)},
            {"previous", orNull(kpi.previous)},
            {"change", orNull(kpi.change)},
            {"attainment", orNull(kpi.attainment)},
            {"score", orNull(kpi.score)},
            {"status", statusJson(kpi.status)},
            {"amber_from", kpi.amberFrom},
            {"green_from", kpi.greenFrom},
            {"pace", orNull(kpi.pace)},
            {"weight", kpi.kpi.weight},
            {"stale", kpi.stale},
            {"last_period",
             kpi.lastPeriod ? nlohmann::json(kpi.lastPeriod->label()) : nlohmann::json(nullptr)},
            {"history", kpiHistoryJson(history, points)}};
}

/// history: the report's history, or nullptr; line: this department's line of it.
nlohmann::json departmentJson(const DepartmentResult& department, const History* history,
                              const DepartmentHistory* line) {
    nlohmann::json kpis = nlohmann::json::array();
    for (std::size_t k = 0; k < department.kpis.size(); ++k)
        kpis.push_back(kpiJson(department.kpis[k], history,
                               line && k < line->kpis.size() ? &line->kpis[k] : nullptr));
    return {{"code", department.department.code},
            {"name", department.department.name},
            {"weight", department.department.weight},
            {"score", orNull(department.score)},
            {"status", statusJson(department.status)},
            {"green", department.green},
            {"amber", department.amber},
            {"red", department.red},
            {"on_time_out", orNull(department.onTimeOut)},
            {"on_time_in", orNull(department.onTimeIn)},
            {"kpis", kpis},
            {"history", scoreHistoryJson(history, line ? &line->scores : nullptr)}};
}

nlohmann::json goalJson(const GoalResult& goal) {
    nlohmann::json json = {
        {"id", goal.goal.id},
        {"text", goal.goal.text},
        {"owner", textOrNull(goal.goal.owner)},
        {"level", goal.goal.level ? nlohmann::json(levelCodes[static_cast<int>(*goal.goal.level)])
                                  : nlohmann::json(nullptr)},
        {"department", textOrNull(goal.goal.department)},
        {"kpi", textOrNull(goal.kpi)},
        {"deadline", dateJson(goal.goal.deadline)}};
    const char* const letters[] = {"S", "M", "A", "R", "T"};
    if (!goal.smart) {
        for (const char* letter : letters)
            json[letter] = nullptr;
        json["score"] = nullptr;
        json["missing"] = nullptr;
        json["hint"] = nullptr;
        json["language"] = nullptr;
        return json;
    }
    const smart::Result& smart = *goal.smart;
    const bool marks[] = {smart.s, smart.m, smart.a, smart.r, smart.t};
    for (int i = 0; i < 5; ++i)
        json[letters[i]] = marks[i];
    json["score"] = smart.score();
    json["missing"] = smart.missing();
    json["hint"] = smart.hint;
    json["language"] = common::languageCode(smart.language);
    return json;
}

nlohmann::json requestJson(const RequestResult& request) {
    const model::Request& info = request.request;
    std::optional<long> due;
    std::optional<long> delivered;
    if (!request.periods.empty()) {
        due = request.periods.back().due;
        delivered = request.periods.back().delivered;
    }
    return {{"id", info.id},
            {"from", info.from},
            {"to", info.to},
            {"what", info.what},
            {"why", textOrNull(info.why)},
            {"frequency", frequencyCodes[static_cast<int>(info.frequency)]},
            {"due_day", orNull(info.dueDay)},
            {"due_date", dateJson(info.dueDate)},
            {"agreed", info.agreed},
            {"status", request.status ? nlohmann::json(requestStateCode(*request.status))
                                      : nlohmann::json(nullptr)},
            {"due", dateJson(due)},
            {"delivered", dateJson(delivered)},
            {"on_time", orNull(request.onTime)},
            {"missed_in_a_row", orNull(request.missedInARow)},
            {"missed_last_4", orNull(request.missedLast4)},
            {"ladder", request.ladder},
            {"escalation", textOrNull(request.escalation)}};
}

/// A person (DESIGN §3 People): kpis as {id, score, status}, goals as {id, score} with the
/// goal's SMART score 0–5 (null when the analyser rejected its text).
nlohmann::json personJson(const Report& report, const PersonResult& person) {
    nlohmann::json kpis = nlohmann::json::array();
    for (const auto& [department, position] : person.kpis) {
        const KpiResult& kpi = report.departments[department].kpis[position];
        kpis.push_back(
            {{"id", kpi.kpi.id}, {"score", orNull(kpi.score)}, {"status", statusJson(kpi.status)}});
    }
    nlohmann::json goals = nlohmann::json::array();
    for (std::size_t index : person.goals) {
        const GoalResult& goal = report.goals[index];
        goals.push_back({{"id", goal.goal.id},
                         {"score", goal.smart ? nlohmann::json(goal.smart->score())
                                              : nlohmann::json(nullptr)}});
    }
    return {{"name", person.name},
            {"department", textOrNull(person.department)},
            {"score", orNull(person.score)},
            {"status", statusJson(person.status)},
            {"kpis", kpis},
            {"goals", goals}};
}

} // namespace

nlohmann::json toJson(const Report& report, const std::vector<model::Problem>& problems,
                      const std::vector<std::string>& messages) {
    const History* history = report.history ? &*report.history : nullptr;
    nlohmann::json departments = nlohmann::json::array();
    for (std::size_t d = 0; d < report.departments.size(); ++d)
        departments.push_back(departmentJson(
            report.departments[d], history,
            history && d < history->departments.size() ? &history->departments[d] : nullptr));

    nlohmann::json goals = nlohmann::json::array();
    for (const GoalResult& goal : report.goals)
        goals.push_back(goalJson(goal));

    nlohmann::json companyGoals = nlohmann::json::array();
    for (std::size_t index : report.company.goals) {
        nlohmann::json kpis = nlohmann::json::array();
        for (const KpiResult* kpi : report.goalKpis(report.goals[index]))
            kpis.push_back(kpi->kpi.id);
        companyGoals.push_back({{"id", report.goals[index].goal.id}, {"kpis", kpis}});
    }

    nlohmann::json requests = nlohmann::json::array();
    for (const RequestResult& request : report.requests)
        requests.push_back(requestJson(request));

    nlohmann::json matrix = nlohmann::json::array();
    const std::vector<std::vector<MatrixCell>> cells = requestMatrix(report);
    for (std::size_t i = 0; i < cells.size(); ++i)
        for (std::size_t j = 0; j < cells[i].size(); ++j)
            if (i != j && cells[i][j].requests > 0)
                matrix.push_back({{"from", report.departments[i].department.code},
                                  {"to", report.departments[j].department.code},
                                  {"requests", cells[i][j].requests},
                                  {"agreed", cells[i][j].agreed},
                                  {"on_time", orNull(cells[i][j].onTime.share())}});

    nlohmann::json peopleList = nlohmann::json::array();
    for (const PersonResult& person : people(report))
        peopleList.push_back(personJson(report, person));

    nlohmann::json problemList = nlohmann::json::array();
    for (std::size_t i = 0; i < problems.size(); ++i)
        problemList.push_back({{"sheet", problems[i].at.sheet},
                               {"cell", problems[i].at.address()},
                               {"message", i < messages.size() ? messages[i] : std::string()}});

    return {{"period", report.period.label()},
            {"as_of", dateJson(report.asOf)},
            {"language", report.language == common::Language::Ru ? "ru" : "en"},
            {"company",
             {{"score", orNull(report.company.score)},
              {"status", statusJson(report.company.status)},
              {"goals", companyGoals}}},
            {"departments", departments},
            {"history", scoreHistoryJson(history, history ? &history->company : nullptr)},
            {"goals", goals},
            {"requests", requests},
            {"matrix", matrix},
            {"people", peopleList},
            {"problems", problemList}};
}

} // namespace concord::core::report
