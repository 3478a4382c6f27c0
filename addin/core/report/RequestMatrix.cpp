#include "core/report/RequestMatrix.hpp"

#include <map>
#include <string>

namespace concord::core::report {

std::vector<std::vector<MatrixCell>> requestMatrix(const Report& report) {
    const std::size_t count = report.departments.size();
    std::vector<std::vector<MatrixCell>> cells(count, std::vector<MatrixCell>(count));
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < count; ++i)
        index.emplace(report.departments[i].department.code, i);
    for (const RequestResult& request : report.requests) {
        const auto from = index.find(request.request.from);
        const auto to = index.find(request.request.to);
        if (from == index.end() || to == index.end())
            continue;
        MatrixCell& cell = cells[from->second][to->second];
        ++cell.requests;
        if (request.request.agreed) {
            ++cell.agreed;
            countOnTime(request, onTimeWindow, cell.onTime);
        }
    }
    return cells;
}

} // namespace concord::core::report
