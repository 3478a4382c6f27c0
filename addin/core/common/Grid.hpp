#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace concord::core::common {

/// A cell value that could not be computed; in an array result it shows as a Calc error.
struct CellError {
    std::string id;
    bool operator==(const CellError& other) const { return id == other.id; }
};

/// One spreadsheet value: empty, a number, a text, or (results only) an error.
using Cell = std::variant<std::monostate, double, std::string, CellError>;

/// A rectangular block of cells, row-major: a scalar argument is a 1×1 grid.
class Grid {
public:
    /// A 1×1 grid holding an empty cell.
    Grid();
    /// rows × cols empty cells; both must be ≥ 1.
    Grid(std::size_t rows, std::size_t cols);
    /// rows × cols grid of cells, given row-major; takes the vector without copying it.
    /// Throws Error "grid.empty" when rows or cols is 0 and "grid.size" when cells does not
    /// hold rows × cols cells.
    Grid(std::size_t rows, std::size_t cols, std::vector<Cell> cells);
    /// A 1×1 grid holding cell.
    static Grid scalar(Cell cell);

    std::size_t rows() const { return _rows; }
    std::size_t cols() const { return _cols; }
    std::size_t size() const { return _rows * _cols; }
    bool isScalar() const { return _cells.empty(); }

    const Cell& at(std::size_t row, std::size_t col) const {
        return _cells.empty() ? _scalar : _cells[row * _cols + col];
    }
    Cell& at(std::size_t row, std::size_t col) {
        return _cells.empty() ? _scalar : _cells[row * _cols + col];
    }

    /// Each cell as a number, or nullopt where it is empty, text or an error (row-major).
    std::vector<std::optional<double>> numbers() const;

private:
    std::size_t _rows;
    std::size_t _cols;
    // A scalar lives in _scalar and _cells stays empty: most calls are per cell, and a
    // scalar grid then costs no allocation.
    Cell _scalar;
    std::vector<Cell> _cells;
};

} // namespace concord::core::common
