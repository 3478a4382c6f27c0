#pragma once

#include "core/common/Grid.hpp"

#include <string>
#include <string_view>

namespace concord::core::model {

/// Text helpers of the workbook reader: how a cell reads as text, as the user sees it.
class ReaderText {
public:
    /// A cell as text: a text trimmed (common::Trim::cell), a number by
    /// common::NumberText::typed(), an error by its id, empty "".
    static std::string cell(const common::Cell& cell);
};

} // namespace concord::core::model
