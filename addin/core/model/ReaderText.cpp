#include "core/model/ReaderText.hpp"

#include "core/common/NumberText.hpp"
#include "core/common/Trim.hpp"

namespace concord::core::model {

std::string ReaderText::cell(const common::Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell))
        return common::Trim::cell(*text);
    if (const auto* value = std::get_if<double>(&cell))
        return common::NumberText::typed(*value);
    if (const auto* error = std::get_if<common::CellError>(&cell))
        return error->id;
    return {};
}

} // namespace concord::core::model
