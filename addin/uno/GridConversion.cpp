#include "GridConversion.hpp"
#include "uno/text/UnoText.hpp"

#include "core/common/Error.hpp"

#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/math.hxx>
#include <typelib/typedescription.hxx>
#include <uno/sequence2.h>

#include <cmath>
#include <cstring>
#include <new>
#include <vector>

using css::uno::Any;
using css::uno::Sequence;
using css::uno::TypeClass;

namespace concord::uno {

namespace {

core::common::Cell toCell(const Any& value) {
    switch (value.getValueTypeClass()) {
    case TypeClass::TypeClass_VOID:
        return std::monostate{};
    case TypeClass::TypeClass_STRING:
        return toUtf8(*static_cast<const rtl::OUString*>(value.getValue()));
    case TypeClass::TypeClass_BOOLEAN:
        return *static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0;
    case TypeClass::TypeClass_DOUBLE:
        return *static_cast<const double*>(value.getValue());
    default: {
        double number = 0;
        if (value >>= number)
            return number;
        throw core::common::Error(core::common::Error::Category::Argument, "arg.type",
                                  "unsupported argument type", toUtf8(value.getValueTypeName()));
    }
    }
}

template <class Element> core::common::Cell elementToCell(const Element& element) {
    if constexpr (std::is_same_v<Element, Any>)
        return toCell(element);
    else if constexpr (std::is_same_v<Element, rtl::OUString>)
        return toUtf8(element);
    else
        return static_cast<double>(element);
}

/// The cells of a range, read once into one vector (row-major): no empty grid is built and
/// then overwritten.
template <class Element> core::common::Grid fromRows(const Sequence<Sequence<Element>>& rows) {
    const sal_Int32 height = rows.getLength();
    const sal_Int32 width = height > 0 ? rows[0].getLength() : 0;
    if (height == 0 || width == 0)
        return core::common::Grid();
    std::vector<core::common::Cell> cells;
    cells.reserve(static_cast<std::size_t>(height) * static_cast<std::size_t>(width));
    for (const Sequence<Element>& row : rows) {
        if (row.getLength() != width)
            throw core::common::Error(core::common::Error::Category::Argument, "arg.ragged",
                                      "a range must be rectangular");
        for (const Element& element : row)
            cells.push_back(elementToCell(element));
    }
    return core::common::Grid(static_cast<std::size_t>(height), static_cast<std::size_t>(width),
                              std::move(cells));
}

/// Calc keeps formula errors in matrices as NaNs whose low payload bits hold the error
/// number (FormulaError); 502 is "invalid argument", the error a scalar call shows.
double calcError() {
    constexpr std::uint64_t illegalArgument = 502;
    constexpr std::uint64_t quietNan = 0x7FF8000000000000ULL;
    const std::uint64_t bits = quietNan | illegalArgument;
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

Any cellToAny(const core::common::Cell& cell) {
    if (const double* number = std::get_if<double>(&cell))
        return Any(*number);
    if (const std::string* text = std::get_if<std::string>(&cell))
        return Any(fromUtf8(*text));
    if (std::holds_alternative<core::common::CellError>(cell))
        return Any(calcError());
    return Any();
}

} // namespace

core::common::Grid toGrid(const Any& value) {
    if (value.getValueTypeClass() != TypeClass::TypeClass_SEQUENCE)
        return core::common::Grid::scalar(toCell(value));
    Sequence<Sequence<Any>> mixed;
    if (value >>= mixed)
        return fromRows(mixed);
    Sequence<Sequence<double>> numbers;
    if (value >>= numbers)
        return fromRows(numbers);
    Sequence<Sequence<rtl::OUString>> texts;
    if (value >>= texts)
        return fromRows(texts);
    throw core::common::Error(core::common::Error::Category::Argument, "arg.type",
                              "unsupported range type", toUtf8(value.getValueTypeName()));
}

namespace {

/// All numbers (or errors): Calc takes sequence<sequence<double>> with no Any per cell.
bool numbersOnly(const core::common::Grid& grid) {
    for (std::size_t r = 0; r < grid.rows(); ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c) {
            const core::common::Cell& cell = grid.at(r, c);
            if (!std::holds_alternative<double>(cell) &&
                !std::holds_alternative<core::common::CellError>(cell))
                return false;
        }
    return true;
}

/// The grid as sequence<sequence<double>> (errors as calcError()). A 100k-row column is
/// 100k row sequences: each is made from its values with the row type looked up once
/// (Sequence<double>(n) looks it up per row, and filling it through getArray() checks its
/// reference count once more).
Any toNumberRows(const core::common::Grid& grid) {
    const css::uno::TypeDescription rowType(cppu::UnoType<Sequence<double>>::get());
    Sequence<Sequence<double>> rows(static_cast<sal_Int32>(grid.rows()));
    Sequence<double>* rowData = rows.getArray();
    std::vector<double> values(grid.cols());
    for (std::size_t r = 0; r < grid.rows(); ++r) {
        for (std::size_t c = 0; c < grid.cols(); ++c) {
            const core::common::Cell& cell = grid.at(r, c);
            const double* number = std::get_if<double>(&cell);
            values[c] = number ? *number : calcError();
        }
        uno_Sequence* row = nullptr;
        if (!uno_sequence_construct(&row, rowType.get(), values.data(),
                                    static_cast<sal_Int32>(values.size()), css::uno::cpp_acquire))
            throw std::bad_alloc();
        rowData[r] = Sequence<double>(row, SAL_NO_ACQUIRE);
    }
    return Any(rows);
}

} // namespace

Any toCalc(const core::common::Grid& grid) {
    if (grid.isScalar()) {
        const core::common::Cell& cell = grid.at(0, 0);
        if (std::holds_alternative<std::monostate>(cell))
            return Any(rtl::OUString());
        return cellToAny(cell);
    }
    if (numbersOnly(grid))
        return toNumberRows(grid);
    Sequence<Sequence<Any>> rows(static_cast<sal_Int32>(grid.rows()));
    Sequence<Any>* rowData = rows.getArray();
    for (std::size_t r = 0; r < grid.rows(); ++r) {
        Sequence<Any> row(static_cast<sal_Int32>(grid.cols()));
        Any* cells = row.getArray();
        for (std::size_t c = 0; c < grid.cols(); ++c)
            cells[c] = cellToAny(grid.at(r, c));
        rowData[r] = row;
    }
    return Any(rows);
}

} // namespace concord::uno
