// libFuzzer target for the header mapper (TableSchema::mapHeaders, findSheet and normalise
// with the shipped tables.json; see CMakeLists.txt for the build and run commands).
//
// Input: byte 0 picks the table (modulo the number of tables), the rest is the header row,
// its cells split at 0x1F; a cell that starts with 0x1E holds a number (the next 8 bytes as
// raw bits when there are 8, else 42), an empty cell is empty. The whole text after byte 0 is
// also looked up as a sheet name.
//
// What must hold for any input: no exception; normalise() is idempotent; a mapped column
// points into the row and at a header that normalises to one of the column's headers; no
// sheet column is read for two table columns; a repeated header points left to the column
// read instead, which is mapped; every header a column has is either mapped or empty after
// normalise; findSheet() finds the table whose names hold the normalised name.
#include "FuzzSupport.hpp"

#include "core/common/Grid.hpp"
#include "core/model/ReaderText.hpp"
#include "core/model/TableSchema.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <vector>

using namespace concord::core;
using concord::fuzz::require;
using model::TableSchema;

namespace {

const TableSchema& schema() {
    static const TableSchema instance = TableSchema::load(CONCORD_DATA_DIR "/tables.json");
    return instance;
}

bool contains(const std::vector<std::string>& list, const std::string& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const model::TableSpec& table = schema().tables()[data[0] % schema().tables().size()];
    const std::string_view rest = concord::fuzz::text(data + 1, size - 1);
    const std::vector<std::string> cells = concord::fuzz::fields(rest);
    common::Grid row(1, cells.size());
    for (std::size_t col = 0; col < cells.size(); ++col) {
        const std::string& cell = cells[col];
        if (cell.empty())
            continue;
        if (cell[0] == '\x1E') {
            double value = 42;
            if (cell.size() >= 9)
                std::memcpy(&value, cell.data() + 1, sizeof value);
            row.at(0, col) = value;
        } else {
            row.at(0, col) = cell;
        }
    }

    const std::string sheet = TableSchema::normalise(rest);
    require(TableSchema::normalise(sheet) == sheet);
    const model::TableSpec* found = schema().findSheet(rest);
    require(!found || contains(found->names, sheet));
    for (const model::TableSpec& other : schema().tables())
        require(&other == found || !contains(other.names, sheet));

    const model::HeaderMap map = TableSchema::mapHeaders(table, row);
    require(map.columns.size() == table.columns.size());
    std::set<std::size_t> read;
    for (std::size_t i = 0; i < map.columns.size(); ++i) {
        if (!map.columns[i])
            continue;
        const std::size_t col = *map.columns[i];
        require(col < cells.size());
        require(read.insert(col).second);
        const std::string header = TableSchema::normalise(model::ReaderText::cell(row.at(0, col)));
        require(TableSchema::normalise(header) == header);
        require(contains(table.columns[i].headers, header));
    }
    for (const model::RepeatedHeader& repeated : map.repeated) {
        require(repeated.column < cells.size() && repeated.first < repeated.column);
        require(read.count(repeated.first) == 1);
        require(read.count(repeated.column) == 0);
    }
    // Every cell whose header some column has is read or repeated.
    for (std::size_t col = 0; col < cells.size(); ++col) {
        const std::string header = TableSchema::normalise(model::ReaderText::cell(row.at(0, col)));
        require(TableSchema::normalise(header) == header);
        bool known = false;
        for (const model::ColumnSpec& column : table.columns)
            known = known || contains(column.headers, header);
        const bool repeated =
            std::any_of(map.repeated.begin(), map.repeated.end(),
                        [col](const model::RepeatedHeader& r) { return r.column == col; });
        require(known == (read.count(col) == 1 || repeated));
    }
    return 0;
}
