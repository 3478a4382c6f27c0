#pragma once

#include "core/common/Grid.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord::core::model {

/// What a column holds, and so how the reader converts its cells.
enum class ColumnType {
    Key,       ///< an ID or code: text compared exactly after trimming; 101 reads as "101"
    Text,      ///< free text, trimmed
    Number,    ///< a number
    Weight,    ///< a number ≥ 0
    Date,      ///< a date: a Calc date serial, or text 2026-09-15 / 15.09.2026
    Period,    ///< a date inside the period, or 2026-09, 2026-Q3, 2026-W07, 2026
    Day,       ///< a whole day number 1–31, or a date (serial above 31, or date text)
    Direction, ///< up / down / range (words.json)
    Frequency, ///< once / week / month / quarter / year (words.json)
    Level,     ///< company / department / person (words.json)
    Agreed     ///< yes / no (words.json)
};

/// One column of an input table.
struct ColumnSpec {
    std::string id; ///< stable id used by the code, e.g. "target_max"
    ColumnType type = ColumnType::Text;
    bool required = false;              ///< marked * in DESIGN §2
    std::string en;                     ///< the header of the English template
    std::string ru;                     ///< the header of the Russian template
    std::vector<std::string> headers;   ///< every accepted header, normalised
    std::vector<std::string> headersEn; ///< the accepted English headers, normalised
    std::vector<std::string> headersRu; ///< the accepted Russian headers, normalised
};

/// One input table: its sheet names and columns.
struct TableSpec {
    std::string id;                   ///< "departments", "goals", "kpis", "actuals"…
    bool required = false;            ///< a missing required table stops the build
    std::string en;                   ///< the sheet name of the English template
    std::string ru;                   ///< the sheet name of the Russian template
    std::vector<std::string> names;   ///< every accepted sheet name, normalised
    std::vector<std::string> namesEn; ///< the accepted English sheet names, normalised
    std::vector<std::string> namesRu; ///< the accepted Russian sheet names, normalised
    std::vector<ColumnSpec> columns;

    /// The position of the column in `columns`. Throws Error "tables.unknown_column"
    /// (value "table.column") when the table has no such column.
    std::size_t columnIndex(const std::string& id) const;
};

/// A sheet column whose header names a table column already found further left.
struct RepeatedHeader {
    std::size_t column; ///< 0-based sheet column that is not read
    std::size_t first;  ///< 0-based sheet column read instead
};

/// Where the columns of a table sit in one sheet's header row.
struct HeaderMap {
    /// Per column of the TableSpec (same order), its 0-based sheet column, or nullopt.
    std::vector<std::optional<std::size_t>> columns;
    /// Headers that repeat a column found further left, left to right.
    std::vector<RepeatedHeader> repeated;
};

/// The input tables of DESIGN §2 as described by tables.json: finds a table by its sheet
/// name and the columns by their header text, in en or ru, any case and order.
///
/// The JSON is {"tables": [{"id", "required", "sheet": {"en": [...], "ru": [...]},
/// "columns": [{"id", "type", "required", "en": [...], "ru": [...]}]}]}; the first word of
/// each list is the template's name. type is one of key, text, number, weight, date,
/// period, day, direction, frequency, level, agreed.
class TableSchema {
public:
    /// Builds the schema from parsed JSON. Throws Error "tables.invalid" (value: where)
    /// when a table or column lacks its id, sheet names, headers or flags,
    /// "tables.unknown_type" for an unknown column type, "tables.ambiguous_sheet" when a
    /// sheet name names two tables, and "tables.ambiguous_header" when a header names two
    /// columns of one table.
    explicit TableSchema(const nlohmann::json& data);

    /// Reads and builds the schema from a JSON file. Throws Error "tables.file_missing"
    /// when the file cannot be opened, "tables.invalid_json" when it does not parse, and
    /// whatever the constructor throws.
    static TableSchema load(const std::string& path);

    /// Every table, in the order of the file.
    const std::vector<TableSpec>& tables() const { return _tables; }

    /// The table with the id. Throws Error "tables.unknown_table" when there is none.
    const TableSpec& table(const std::string& id) const;

    /// The table a sheet of this name holds, or nullptr.
    const TableSpec* findSheet(std::string_view sheetName) const;

    /// Maps the header cells of row 0 to the table's columns. A header is compared after
    /// normalise(); a header no column has is left out (the column is not read); a header
    /// that repeats a column found further left goes to HeaderMap::repeated.
    static HeaderMap mapHeaders(const TableSpec& table, const common::Grid& cells);

    /// A sheet name or header as compared: lower case (Cyrillic too), ё read as е,
    /// whitespace runs (line breaks, no-break spaces) as one space, without surrounding
    /// spaces, a trailing note in brackets ("Parent (code)") or trailing '*', ':', '?',
    /// '.'.
    static std::string normalise(std::string_view text);

private:
    std::vector<TableSpec> _tables;
};

} // namespace concord::core::model
