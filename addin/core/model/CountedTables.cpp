#include "core/model/CountedTables.hpp"

#include <algorithm>

namespace concord::core::model {

const std::vector<std::string>& CountedTables::ids() {
    static const std::vector<std::string> counted = {"departments", "kpis", "goals", "requests"};
    return counted;
}

std::set<std::string> CountedTables::skipped(const TableSchema& schema,
                                             const std::vector<std::string>& sheetNames) {
    std::set<std::string> skip;
    std::set<std::string> found;
    for (const std::string& name : sheetNames) {
        const TableSpec* table = schema.findSheet(name);
        const bool counted = table != nullptr &&
                             std::find(ids().begin(), ids().end(), table->id) != ids().end() &&
                             found.insert(table->id).second;
        if (!counted)
            skip.insert(name);
    }
    return skip;
}

} // namespace concord::core::model
