#pragma once

#include "core/model/ReaderTable.hpp"

#include <cstddef>
#include <string>
#include <unordered_map>

namespace concord::core::model {

/// The IDs (or codes) of one input table, for duplicate and reference checks.
class ReaderKeys {
public:
    /// What a reference finds.
    enum class State {
        Unknown, ///< no row has the key: the reference is a problem
        LeftOut, ///< the row with the key has its own problem and is left out
        Valid    ///< the row is read
    };

    /// Indexes the key column of the table. A key already used by an earlier row is a
    /// problem "input.duplicate_id" (key, 1-based row of the first use) of the later row,
    /// which is left out. Rows with other problems still own their key.
    ReaderKeys(ReaderTable& table, std::size_t column);

    /// The state of the row holding key, as it is now (rows may be left out later).
    State state(const std::string& key) const;

    /// The row holding key, or nullptr.
    const ReaderRow* row(const std::string& key) const;

private:
    const ReaderTable* _table;
    std::unordered_map<std::string, std::size_t> _index;
};

} // namespace concord::core::model
