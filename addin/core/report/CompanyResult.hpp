#pragma once

#include "core/common/Language.hpp"
#include "core/kpi/Status.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace concord::core::report {

/// The company's result of one build, read back from the build's JSON report (toJson):
/// what the panel's status line tells a user after a build, and compares the next build with.
struct CompanyResult {
    /// The company score as a ratio (0.85, not 85); empty when the report has none (null).
    std::optional<double> score;
    /// Its KPI.STATUS; empty when the report has none.
    std::optional<kpi::Status> status;

    /// Reads company.score and company.status of a JSON report. Never throws: text that is
    /// not JSON, a missing key, null or a value of another type leave the field empty.
    static CompanyResult fromReport(std::string_view json);
};

} // namespace concord::core::report
