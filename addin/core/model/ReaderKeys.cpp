#include "core/model/ReaderKeys.hpp"

namespace concord::core::model {

ReaderKeys::ReaderKeys(ReaderTable& table, std::size_t column) : _table(&table) {
    std::vector<ReaderRow>& rows = table.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string& key = table.text(rows[i], column);
        if (key.empty())
            continue;
        const auto [first, inserted] = _index.emplace(key, i);
        if (!inserted)
            table.reject(rows[i], column, "input.duplicate_id",
                         {key, std::to_string(rows[first->second].row + 1)});
    }
}

ReaderKeys::State ReaderKeys::state(const std::string& key) const {
    const ReaderRow* found = row(key);
    if (!found)
        return State::Unknown;
    return found->ok ? State::Valid : State::LeftOut;
}

const ReaderRow* ReaderKeys::row(const std::string& key) const {
    const auto found = _index.find(key);
    return found == _index.end() ? nullptr : &_table->rows()[found->second];
}

} // namespace concord::core::model
