#include "core/model/HeaderLanguage.hpp"

#include "core/model/ReaderText.hpp"

#include <algorithm>
#include <string>

namespace concord::core::model {

namespace {

bool holds(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

/// Adds one vote for the language that alone accepts name.
void vote(HeaderVote& tally, const std::string& name, const std::vector<std::string>& en,
          const std::vector<std::string>& ru) {
    const bool english = holds(en, name);
    const bool russian = holds(ru, name);
    if (english && !russian)
        ++tally.en;
    else if (russian && !english)
        ++tally.ru;
}

} // namespace

std::optional<common::Language> HeaderVote::majority() const {
    if (en == ru)
        return std::nullopt;
    return en > ru ? common::Language::En : common::Language::Ru;
}

HeaderVote HeaderVote::count(const TableSchema& schema, const std::vector<RawSheet>& sheets) {
    HeaderVote tally;
    for (const RawSheet& sheet : sheets) {
        const TableSpec* table = schema.findSheet(sheet.name);
        if (!table)
            continue;
        vote(tally, TableSchema::normalise(sheet.name), table->namesEn, table->namesRu);
        if (sheet.cells.rows() == 0)
            continue;
        for (std::size_t col = 0; col < sheet.cells.cols(); ++col) {
            const std::string header =
                TableSchema::normalise(ReaderText::cell(sheet.cells.at(0, col)));
            if (header.empty())
                continue;
            for (const ColumnSpec& column : table->columns)
                if (holds(column.headers, header)) {
                    vote(tally, header, column.headersEn, column.headersRu);
                    break;
                }
        }
    }
    return tally;
}

} // namespace concord::core::model
