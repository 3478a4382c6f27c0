#pragma once

#include "core/report/CompanyResult.hpp"

#include <org/concord/GenerationResult.hpp>

#include <optional>
#include <string>

namespace concord::uno {

class UiTexts;

/// What a build tells its user, in the UI language, from the generator's result: the
/// panel's status line and the message box of a menu command.
class ResultText {
public:
    /// Lines joined by '\n': "Built for 2026-09 at 14:32:05: Scorecard SAL, Company."
    /// (ui.json status.built, with time; status.checked when no sheet was written); then
    /// the company's result (company, read from result.report by the caller, who may keep
    /// its score for the next build), "Company: 85.0 %, amber." (status.company),
    /// with "(was 78.1 %)" when previousScore is given (status.company_was); then each of
    /// the result's notes; then "Input problems: 2; …" (status.problems) when it has
    /// problems. Throws core::common::Error when texts lack one of these ids.
    static std::string of(const org::concord::GenerationResult& result,
                          const core::report::CompanyResult& company, const UiTexts& texts,
                          const std::string& time,
                          const std::optional<double>& previousScore = std::nullopt);

    /// "Nothing was changed. <message>" (status.failed).
    static std::string failed(const std::string& message, const UiTexts& texts);

    /// The local wall-clock time, "14:32:05": when a build ended, for of().
    static std::string now();
};

} // namespace concord::uno
