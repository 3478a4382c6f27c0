#include "core/sheets/Fingerprint.hpp"

#include <cstdint>
#include <cstring>
#include <variant>

namespace concord::core::sheets {

namespace {

/// FNV-1a, 64 bits, fed field by field.
class Digest {
public:
    void bytes(const void* data, std::size_t size) {
        const auto* at = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) {
            _state ^= at[i];
            _state *= 0x100000001b3ULL;
        }
    }
    void number(long long value) { bytes(&value, sizeof value); }
    void real(double value) {
        if (value == 0.0)
            value = 0.0; // -0 and 0 show the same
        std::uint64_t bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        bytes(&bits, sizeof bits);
    }
    void text(std::string_view value) {
        number(static_cast<long long>(value.size()));
        bytes(value.data(), value.size());
    }
    std::string hex() const {
        static const char digits[] = "0123456789abcdef";
        std::string out(16, '0');
        for (int i = 0; i < 16; ++i)
            out[static_cast<std::size_t>(i)] = digits[(_state >> (60 - 4 * i)) & 0xF];
        return out;
    }

private:
    std::uint64_t _state = 0xcbf29ce484222325ULL;
};

/// value without any occurrence of volatileText.
std::string without(const std::string& value, std::string_view volatileText) {
    if (volatileText.empty())
        return value;
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = value.find(volatileText); at != std::string::npos;
         at = value.find(volatileText, from)) {
        out.append(value, from, at - from);
        from = at + volatileText.size();
    }
    out.append(value, from, std::string::npos);
    return out;
}

void cells(Digest& digest, const common::Grid& grid, std::string_view volatileText) {
    digest.number(static_cast<long long>(grid.rows()));
    digest.number(static_cast<long long>(grid.cols()));
    for (std::size_t r = 0; r < grid.rows(); ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c) {
            const common::Cell& cell = grid.at(r, c);
            digest.number(static_cast<long long>(cell.index()));
            if (const auto* number = std::get_if<double>(&cell))
                digest.real(*number);
            else if (const auto* text = std::get_if<std::string>(&cell))
                digest.text(without(*text, volatileText));
            else if (const auto* error = std::get_if<common::CellError>(&cell))
                digest.text(error->id);
        }
}

void column(Digest& digest, const CellColumn& column) {
    digest.number(column.col);
    digest.number(column.firstRow);
    digest.number(column.lastRow);
}

void chart(Digest& digest, const Chart& chart) {
    digest.number(static_cast<long long>(chart.kind));
    digest.text(chart.name);
    digest.text(chart.title);
    digest.text(chart.xTitle);
    digest.text(chart.yTitle);
    column(digest, chart.categories);
    digest.number(static_cast<long long>(chart.series.size()));
    for (const ChartSeries& series : chart.series) {
        column(digest, series.values);
        digest.text(series.name);
        digest.number(static_cast<long long>(series.pointColours.size()));
        for (const int colour : series.pointColours)
            digest.number(colour);
        digest.number(series.colour ? *series.colour : -1);
    }
    digest.number(chart.anchorRow);
    digest.number(chart.anchorCol);
    digest.number(chart.width);
    digest.number(chart.height);
}

} // namespace

std::string fingerprint(const Layout& layout, std::string_view volatileText) {
    Digest digest;
    digest.text(layout.kind);
    digest.text(layout.key);
    digest.text(layout.name);
    cells(digest, layout.cells, volatileText);
    digest.number(static_cast<long long>(layout.formulas.size()));
    for (const FormulaColumn& formula : layout.formulas) {
        digest.number(formula.col);
        digest.number(formula.firstRow);
        digest.number(formula.lastRow);
        digest.text(formula.seed);
    }
    digest.number(static_cast<long long>(layout.formats.size()));
    for (const FormatRange& range : layout.formats) {
        digest.number(range.firstRow);
        digest.number(range.firstCol);
        digest.number(range.lastRow);
        digest.number(range.lastCol);
        digest.number(static_cast<long long>(range.format));
    }
    digest.number(layout.frozenRows);
    digest.number(layout.frozenCols);
    digest.number(static_cast<long long>(layout.wrapColumns.size()));
    for (const WrapColumn& wrap : layout.wrapColumns) {
        digest.number(wrap.col);
        digest.number(wrap.maxWidth);
    }
    digest.number(layout.measuredRows);
    digest.number(static_cast<long long>(layout.minimumWidths.size()));
    for (int width : layout.minimumWidths)
        digest.number(width);
    digest.number(static_cast<long long>(layout.banners.size()));
    for (const Banner& banner : layout.banners) {
        digest.number(banner.row);
        digest.number(banner.col);
    }
    digest.number(static_cast<long long>(layout.charts.size()));
    for (const Chart& each : layout.charts)
        chart(digest, each);
    const PrintSetup& print = layout.print;
    digest.number(print.landscape ? 1 : 0);
    digest.number(print.pagesWide);
    digest.number(print.pagesTall);
    digest.number(print.repeatRows);
    digest.text(without(print.headerLeft, volatileText));
    digest.text(without(print.headerRight, volatileText));
    digest.text(without(print.footerPattern, volatileText));
    return digest.hex();
}

} // namespace concord::core::sheets
