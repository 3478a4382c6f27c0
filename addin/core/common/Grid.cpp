#include "core/common/Grid.hpp"

#include "core/common/Error.hpp"

#include <string>

namespace concord::core::common {

namespace {

void requireCells(std::size_t rows, std::size_t cols) {
    if (rows == 0 || cols == 0)
        throw Error(Error::Category::Argument, "grid.empty", "a range needs at least one cell");
}

} // namespace

Grid::Grid() : _rows(1), _cols(1) {}

Grid::Grid(std::size_t rows, std::size_t cols) : _rows(rows), _cols(cols) {
    requireCells(rows, cols);
    if (rows * cols > 1)
        _cells.resize(rows * cols);
}

Grid::Grid(std::size_t rows, std::size_t cols, std::vector<Cell> cells) : _rows(rows), _cols(cols) {
    requireCells(rows, cols);
    if (cells.size() != rows * cols)
        throw Error(Error::Category::Internal, "grid.size", "the cells do not fill the grid",
                    std::to_string(cells.size()) + " cells for " + std::to_string(rows) + "x" +
                        std::to_string(cols));
    if (cells.size() == 1)
        _scalar = std::move(cells.front());
    else
        _cells = std::move(cells);
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
