#include "core/report/CompanyResult.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace concord::core::report {

namespace {

/// The KPI.STATUS numbers a report may hold.
std::optional<kpi::Status> statusOf(const nlohmann::json& value) {
    if (!value.is_number_integer())
        return std::nullopt;
    switch (value.get<int>()) {
    case static_cast<int>(kpi::Status::Red):
        return kpi::Status::Red;
    case static_cast<int>(kpi::Status::Amber):
        return kpi::Status::Amber;
    case static_cast<int>(kpi::Status::Green):
        return kpi::Status::Green;
    default:
        return std::nullopt;
    }
}

} // namespace

CompanyResult CompanyResult::fromReport(std::string_view json) {
    CompanyResult result;
    const nlohmann::json report = nlohmann::json::parse(json, nullptr, false);
    if (!report.is_object() || !report.contains("company") || !report["company"].is_object())
        return result;
    const nlohmann::json& company = report["company"];
    if (const auto score = company.find("score");
        score != company.end() && score->is_number() && std::isfinite(score->get<double>()))
        result.score = score->get<double>();
    if (const auto status = company.find("status"); status != company.end())
        result.status = statusOf(*status);
    return result;
}

} // namespace concord::core::report
