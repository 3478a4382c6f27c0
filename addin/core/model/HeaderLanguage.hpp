#pragma once

#include "core/common/Language.hpp"
#include "core/model/RawSheet.hpp"
#include "core/model/TableSchema.hpp"

#include <optional>
#include <vector>

namespace concord::core::model {

/// How many of the names the reader matched are English-only or Russian-only: the sheet
/// names of the input tables and the headers of their columns (DESIGN §2 "Output
/// language"). A name both languages accept ("ID", "SMART") counts for neither.
struct HeaderVote {
    int en = 0;
    int ru = 0;

    /// The language of the majority; empty when neither has more (none matched, or a tie).
    std::optional<common::Language> majority() const;
    /// True when both languages were matched.
    bool mixed() const { return en > 0 && ru > 0; }

    /// Counts every sheet that names an input table (first or repeated) and every header of
    /// its row 0 that names one of the table's columns. Never throws.
    static HeaderVote count(const TableSchema& schema, const std::vector<RawSheet>& sheets);
};

} // namespace concord::core::model
