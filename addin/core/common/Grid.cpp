#include "core/common/Grid.hpp"

#include "core/common/Error.hpp"

namespace concord::core::common {

Grid::Grid() : Grid(1, 1) {}

Grid::Grid(std::size_t rows, std::size_t cols) : _rows(rows), _cols(cols) {
    if (rows == 0 || cols == 0)
        throw Error(Error::Category::Argument, "grid.empty", "a range needs at least one cell");
    if (rows * cols > 1)
        _cells.resize(rows * cols);
}

Grid Grid::scalar(Cell cell) {
    Grid grid;
    grid._scalar = std::move(cell);
    return grid;
}

std::vector<std::optional<double>> Grid::numbers() const {
    std::vector<std::optional<double>> out;
    out.reserve(size());
    for (std::size_t i = 0; i < size(); ++i) {
        const Cell& cell = _cells.empty() ? _scalar : _cells[i];
        if (const double* value = std::get_if<double>(&cell))
            out.emplace_back(*value);
        else
            out.emplace_back(std::nullopt);
    }
    return out;
}

} // namespace concord::core::common
