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

std::string percentText(double ratio, common::Language language) {
    // Tenths of a percent first, so that 0.975 (stored as 0.97499…) reads 97.5 as written.
    const double tenths = std::round(ratio * 1000.0);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", tenths / 10.0 == 0 ? 0.0 : tenths / 10.0);
    std::string text = buffer;
    if (language == common::Language::Ru)
        if (const auto point = text.find('.'); point != std::string::npos)
            text[point] = ',';
    return text;
}

} // namespace concord::core::report
