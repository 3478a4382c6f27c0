#include "ReportPrinter.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>

namespace concord::cli {

namespace {

const char notAvailable[] = "n/a";
/// KPI.STATUS numbers 1, 0, −1 (index status + 1: red, amber, green).
const char* const statusWords[] = {"red", "amber", "green"};

std::string percent(const nlohmann::json& value) {
    if (!value.is_number())
        return notAvailable;
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%", value.get<double>() * 100.0);
    return text;
}

std::string status(const nlohmann::json& value) {
    if (!value.is_number_integer())
        return notAvailable;
    const int code = value.get<int>();
    return code >= -1 && code <= 1 ? statusWords[code + 1] : notAvailable;
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
        return notAvailable;
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
    out << "Period " << text(report, "period") << " (as of " << text(report, "as_of") << ")\n"
        << "Company: score " << percent(member(company, "score")) << ", "
        << status(member(company, "status")) << "\n";
    for (const nlohmann::json& department : member(report, "departments")) {
        out << "  " << text(department, "code") << "  " << text(department, "name") << ": score "
            << percent(member(department, "score")) << ", " << status(member(department, "status"))
            << "; KPIs green " << number(department, "green") << ", amber "
            << number(department, "amber") << ", red " << number(department, "red")
            << "; on time: delivers " << percent(member(department, "on_time_out")) << ", receives "
            << percent(member(department, "on_time_in")) << "\n";
    }
}

void ReportPrinter::smartReport(std::ostream& out, const nlohmann::json& report) {
    const nlohmann::json& goals = member(report, "goals");
    out << "SMART check of " << goals.size() << " goals:\n";
    for (const nlohmann::json& goal : goals) {
        out << "  " << text(goal, "id") << "  " << number(goal, "score") << "/5";
        const std::string missing = text(goal, "missing");
        if (!missing.empty())
            out << "  missing " << missing;
        const std::string hint = text(goal, "hint");
        if (!hint.empty())
            out << "  — " << hint;
        out << "\n";
    }
}

void ReportPrinter::problems(std::ostream& out, const std::vector<std::string>& problems) {
    if (problems.empty())
        return;
    out << problems.size() << " input problem" << (problems.size() == 1 ? "" : "s") << ":\n";
    for (const std::string& problem : problems)
        out << "  " << problem << "\n";
}

void ReportPrinter::notes(std::ostream& out, const std::vector<std::string>& notes) {
    for (const std::string& note : notes)
        out << "note: " << note << "\n";
}

} // namespace concord::cli
