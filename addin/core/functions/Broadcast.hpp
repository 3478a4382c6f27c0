#pragma once

#include "core/common/Error.hpp"
#include "core/common/Grid.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace concord::core::functions {

/// Applies `element` to each position of same-shaped grids; a 1×1 grid stands for every
/// position (like a scalar in a Calc array formula). `element` receives the N cells of one
/// position and returns the result cell. Throws Error "args.shape" when two non-scalar
/// grids differ in shape. The result is 1×1 when every argument is.
template <std::size_t N, class Element>
common::Grid broadcast(const std::array<const common::Grid*, N>& args, Element element) {
    std::size_t rows = 1;
    std::size_t cols = 1;
    for (const common::Grid* grid : args) {
        if (grid->isScalar())
            continue;
        if (rows * cols == 1) {
            rows = grid->rows();
            cols = grid->cols();
        } else if (grid->rows() != rows || grid->cols() != cols) {
            throw common::Error(common::Error::Category::Argument, "args.shape",
                                "ranges must have the same shape",
                                std::to_string(grid->rows()) + "x" + std::to_string(grid->cols()) +
                                    " vs " + std::to_string(rows) + "x" + std::to_string(cols));
        }
    }
    std::array<const common::Cell*, N> cells{};
    if (rows * cols == 1) { // a scalar call: no vector of results
        for (std::size_t i = 0; i < N; ++i)
            cells[i] = &args[i]->at(0, 0);
        return common::Grid::scalar(element(cells));
    }
    // Each result cell is built once in place: no empty grid filled in afterwards.
    std::vector<common::Cell> results;
    results.reserve(rows * cols);
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < cols; ++c) {
            for (std::size_t i = 0; i < N; ++i)
                cells[i] = args[i]->isScalar() ? &args[i]->at(0, 0) : &args[i]->at(r, c);
            results.push_back(element(cells));
        }
    }
    return common::Grid(rows, cols, std::move(results));
}

} // namespace concord::core::functions
