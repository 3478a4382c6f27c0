#include "ReportPrinter.hpp"

#include "UserTexts.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>

namespace concord::cli {

namespace {

/// KPI.STATUS numbers 1, 0, −1 (index status + 1: red, amber, green).
const char* const statusWords[] = {"report.red", "report.amber", "report.green"};

std::string notAvailable() {
    return UserTexts::text("report.not_available");
}

std::string percent(const nlohmann::json& value) {
    if (!value.is_number())
        return notAvailable();
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%", value.get<double>() * 100.0);
    return text;
}

std::string status(const nlohmann::json& value) {
    if (!value.is_number_integer())
        return notAvailable();
    const int code = value.get<int>();
    return code >= -1 && code <= 1 ? UserTexts::text(statusWords[code + 1]) : notAvailable();
}

std::string text(const nlohmann::json& object, const char* key) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string())
        return {};
    return found->get<std::string>();
}

std::string number(const nlohmann::json& object, const char* key) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number())
        return notAvailable();
    return found->dump();
}

const nlohmann::json& member(const nlohmann::json& object, const char* key) {
    static const nlohmann::json none;
    const auto found = object.find(key);
    return found == object.end() ? none : *found;
}

} // namespace

void ReportPrinter::companySummary(std::ostream& out, const nlohmann::json& report) {
    const nlohmann::json& company = member(report, "company");
    out << UserTexts::text("report.period", {text(report, "period"), text(report, "as_of")}) << "\n"
        << UserTexts::text("report.company",
                           {percent(member(company, "score")), status(member(company, "status"))})
        << "\n";
    for (const nlohmann::json& department : member(report, "departments"))
        out << UserTexts::text("report.department",
                               {text(department, "code"), text(department, "name"),
                                percent(member(department, "score")),
                                status(member(department, "status")), number(department, "green"),
                                number(department, "amber"), number(department, "red"),
                                percent(member(department, "on_time_out")),
                                percent(member(department, "on_time_in"))})
            << "\n";
}

void ReportPrinter::smartReport(std::ostream& out, const nlohmann::json& report) {
    const nlohmann::json& goals = member(report, "goals");
    out << UserTexts::text("report.smart", {std::to_string(goals.size())}) << "\n";
    for (const nlohmann::json& goal : goals) {
        out << "  " << text(goal, "id") << "  " << number(goal, "score") << "/5";
        const std::string missing = text(goal, "missing");
        if (!missing.empty())
            out << "  " << UserTexts::text("report.missing", {missing});
        const std::string hint = text(goal, "hint");
        if (!hint.empty())
            out << "  — " << hint;
        out << "\n";
    }
}

void ReportPrinter::problems(std::ostream& out, const std::vector<std::string>& problems) {
    if (problems.empty())
        return;
    out << (problems.size() == 1
                ? UserTexts::text("report.problem")
                : UserTexts::text("report.problems", {std::to_string(problems.size())}))
        << "\n";
    for (const std::string& problem : problems)
        out << "  " << problem << "\n";
}

void ReportPrinter::notes(std::ostream& out, const std::vector<std::string>& notes) {
    for (const std::string& note : notes)
        out << UserTexts::text("report.note", {note}) << "\n";
}

} // namespace concord::cli
