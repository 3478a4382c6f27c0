#pragma once

#include "core/common/CivilDate.hpp"
#include "core/model/Frequency.hpp"
#include "core/model/Period.hpp"
#include "core/model/RawSheet.hpp"
#include "core/model/Reader.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace concord::core::share {

/// One data row of the Actuals or Deliveries table as hand-out and collect see it: unlike
/// model::Reader, a row whose Value (or Delivered on) is empty is kept, since that empty
/// cell is what a department fills in.
struct TableRow {
    std::size_t row = 0;                 ///< 0-based sheet row
    std::string key;                     ///< KPI or request ID (trimmed text)
    std::optional<model::Period> period; ///< in the KPI's / request's frequency; empty when
                                         ///< the cell is empty or not a period
    std::string periodText;              ///< the period cell as written (for messages)
    /// Value (Actuals) or Delivered on as a day number (Deliveries); empty when the cell is.
    std::optional<double> value;
    bool valueInvalid = false;  ///< the cell holds something that is not a number / date
    std::string valueText;      ///< the value cell as written, when invalid
    std::optional<double> plan; ///< Actuals Target (plan); Deliveries: never
    std::string note;           ///< Comment / Note
};

/// Where the table sits: its sheet and the sheet columns of the cells share reads and
/// writes. A column the sheet lacks is nullopt.
struct TableColumns {
    std::optional<std::size_t> key;
    std::optional<std::size_t> period;
    std::optional<std::size_t> value;
    std::optional<std::size_t> plan;
    std::optional<std::size_t> note;
};

/// The Actuals ("actuals") or Deliveries ("deliveries") table of raw sheets, row by row.
struct Table {
    std::string id;     ///< "actuals" or "deliveries"
    bool found = false; ///< false: the workbook has no such sheet (no rows, no columns)
    std::string sheet;
    TableColumns columns;
    std::size_t width = 0;  ///< columns of the sheet's used area
    std::size_t endRow = 1; ///< the first row below the last non-empty row (≥ 1)
    std::vector<TableRow> rows;

    /// The frequency of a key (a KPI's or request's), or nullopt when it is unknown.
    using FrequencyOf = std::function<std::optional<model::Frequency>(const std::string&)>;

    /// Reads the table `id` ("actuals" or "deliveries") from the first sheet whose name
    /// tables.json gives it, its columns by header as model::Reader finds them. Periods are
    /// expressed in frequencyOf(key) (month for an unknown key); dates are counted from
    /// nullDate (day numbers since 1970-01-01). Rows whose key, period and value cells are
    /// all empty are skipped. Never throws for cell contents; a table without a sheet is
    /// returned with found false.
    static Table read(const std::string& id, const std::vector<model::RawSheet>& sheets,
                      const model::Reader& reader, const common::CivilDate& nullDate,
                      const FrequencyOf& frequencyOf);

    /// The first row with this key and period, or nullptr.
    const TableRow* find(const std::string& key, const model::Period& period) const;
    TableRow* find(const std::string& key, const model::Period& period);
};

} // namespace concord::core::share
