#pragma once

#include "core/report/RequestResult.hpp"
#include "core/report/Results.hpp"

#include <vector>

namespace concord::core::report {

/// One cell of the request matrix (DESIGN §3): the requests one department (the requester)
/// addresses to another (the provider).
struct MatrixCell {
    int requests = 0;   ///< every request of the pair, agreed or not
    int agreed = 0;     ///< the agreed ones
    OnTimeCount onTime; ///< pooled over the agreed ones' last onTimeWindow periods
};

/// The request matrix of report: cells[i][j] for requester report.departments[i] and provider
/// report.departments[j] (the diagonal is counted like any cell; callers leave it blank). A
/// request whose From or To names no department is left out. Never throws.
std::vector<std::vector<MatrixCell>> requestMatrix(const Report& report);

} // namespace concord::core::report
