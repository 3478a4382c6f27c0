#pragma once

#include "core/model/TableSchema.hpp"

#include <set>
#include <string>
#include <vector>

namespace concord::core::model {

/// The tables the counts of the Concord panel come from (departments, KPIs, goals,
/// requests: their valid rows), and so the sheets a read for the counts needs (issue 13).
/// A row of these tables is valid or not whatever Actuals and Deliveries hold (references
/// go from Actuals to KPIs and from Deliveries to Requests, never back; see Reader), so
/// after an edit the panel reads only these sheets — ≤ tens of thousands of rows at company
/// scale, where Actuals has hundreds of thousands — and leaves the rest (periods, input
/// problems) to the full read on Build or "Check input".
class CountedTables {
public:
    /// The ids of the counted tables, in tables.json's words: departments, kpis, goals,
    /// requests.
    static const std::vector<std::string>& ids();

    /// The sheets of sheetNames (in document order) a read for the counts can skip: every
    /// sheet that holds no counted table, and a sheet that holds one already held by a
    /// sheet further left (Reader reads the first). The Reader then finds Actuals and
    /// Deliveries absent, which it allows.
    static std::set<std::string> skipped(const TableSchema& schema,
                                         const std::vector<std::string>& sheetNames);
};

} // namespace concord::core::model
