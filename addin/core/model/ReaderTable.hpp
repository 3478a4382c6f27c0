#pragma once

#include "core/model/RawSheet.hpp"
#include "core/model/ReaderConverter.hpp"
#include "core/model/TableSchema.hpp"
#include "core/model/Workbook.hpp"

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace concord::core::model {

/// One data row of an input table, its cells converted by column type.
struct ReaderRow {
    std::size_t row = 0;             ///< 0-based row in the sheet
    bool ok = true;                  ///< false once the row has a problem: it is left out
    std::vector<ReaderValue> values; ///< per column of the TableSpec, in its order
};

/// One input table as read from its sheet: every data row converted, with the problems of
/// single cells already recorded (a cell that does not fit its column type, an empty
/// required cell, a repeated header). Rows whose table cells are all empty are skipped.
class ReaderTable {
public:
    /// A table the workbook does not have: no rows.
    explicit ReaderTable(const TableSpec& spec);

    /// Reads the sheet below its header row in one pass. problems must outlive the table:
    /// reject() adds to it.
    ReaderTable(const TableSpec& spec, const RawSheet& sheet, const HeaderMap& map,
                const ReaderConverter& converter, std::vector<Problem>& problems);

    const TableSpec& spec() const { return *_spec; }
    std::vector<ReaderRow>& rows() { return _rows; }
    const std::vector<ReaderRow>& rows() const { return _rows; }

    /// The position of a column in ReaderRow::values. Throws Error "tables.unknown_column"
    /// when tables.json lacks the column and "tables.wrong_type" (value "table.column")
    /// when it gives the column another type than the reader expects.
    std::size_t column(const std::string& id, ColumnType type) const;

    /// True when the sheet has the column.
    bool has(std::size_t column) const { return _map.columns[column].has_value(); }

    /// The sheet cell of a row's column; the row's first cell when the sheet has no such
    /// column.
    CellRef at(const ReaderRow& row, std::size_t column) const;

    /// The row's first cell (column A).
    CellRef rowStart(const ReaderRow& row) const;

    /// Records a problem at the row's cell and leaves the row out.
    void reject(ReaderRow& row, std::size_t column, std::string id, std::vector<std::string> args);

    /// A problem at the cell (sheet, 0-based row and column) with its message id and
    /// arguments.
    static Problem problem(const std::string& sheet, std::size_t row, std::size_t col,
                           std::string id, std::vector<std::string> args);

    /// The converted value if it holds a T, else nullptr.
    template <typename T> const T* get(const ReaderRow& row, std::size_t column) const {
        return std::get_if<T>(&row.values[column]);
    }

    /// The text of a Key or Text column, "" when empty.
    const std::string& text(const ReaderRow& row, std::size_t column) const;

private:
    const TableSpec* _spec;
    std::string _sheet;
    HeaderMap _map;
    std::vector<ReaderRow> _rows;
    std::vector<Problem>* _problems = nullptr;
};

} // namespace concord::core::model
