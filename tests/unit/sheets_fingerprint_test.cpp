// The digest a rebuild compares to leave unchanged sheets alone (core/sheets/Fingerprint).
#include "core/sheets/Fingerprint.hpp"

#include <gtest/gtest.h>

using namespace concord::core::sheets;
using concord::core::common::Grid;

namespace {

Layout sheet(const std::string& periodLine, double attainment) {
    Layout layout;
    layout.kind = "scorecard";
    layout.key = "SAL";
    layout.name = "Scorecard SAL";
    layout.cells = Grid(2, 2);
    layout.cells.at(0, 0) = std::string("Sales");
    layout.cells.at(0, 1) = periodLine;
    layout.cells.at(1, 0) = std::string("K1");
    layout.cells.at(1, 1) = attainment;
    layout.print.headerRight = "2026-09";
    return layout;
}

} // namespace

TEST(SheetsFingerprint, IsSixteenHexDigitsAndTheSameForTheSameContent) {
    const std::string a = fingerprint(sheet("built 2026-10-01 14:32", 0.95), "2026-10-01 14:32");
    EXPECT_EQ(16u, a.size());
    EXPECT_EQ(std::string::npos, a.find_first_not_of("0123456789abcdef"));
    EXPECT_EQ(a, fingerprint(sheet("built 2026-10-01 14:32", 0.95), "2026-10-01 14:32"));
}

TEST(SheetsFingerprint, TheGenerationTimeDoesNotCount) {
    // "built 2026-10-01 14:32" without its stamp is "built " on both sides
    EXPECT_EQ(fingerprint(sheet("built 2026-10-01 14:32", 0.95), "2026-10-01 14:32"),
              fingerprint(sheet("built 2026-11-05 09:01", 0.95), "2026-11-05 09:01"));
}

TEST(SheetsFingerprint, AnyShownChangeCounts) {
    const std::string base = fingerprint(sheet("p", 0.95), "");
    EXPECT_NE(base, fingerprint(sheet("p", 0.96), "")); // a number
    EXPECT_NE(base, fingerprint(sheet("q", 0.95), "")); // a text
    Layout moved = sheet("p", 0.95);
    moved.formats.push_back({1, 1, 1, 1, CellFormat::Percent});
    EXPECT_NE(base, fingerprint(moved, "")); // a format
    Layout charted = sheet("p", 0.95);
    charted.charts.push_back(Chart{});
    const std::string withChart = fingerprint(charted, "");
    EXPECT_NE(base, withChart);
    charted.charts[0].series.push_back({});
    charted.charts[0].series[0].pointColours = {0x00A000};
    EXPECT_NE(withChart, fingerprint(charted, "")); // a bar's status colour
    Layout printedOtherwise = sheet("p", 0.95);
    printedOtherwise.print.landscape = false;
    EXPECT_NE(base, fingerprint(printedOtherwise, "")); // how it prints
}

TEST(SheetsFingerprint, TextBoundariesCount) {
    // "ab" + "c" and "a" + "bc" are different sheets although their texts join the same
    Layout left = sheet("p", 1);
    left.cells.at(0, 0) = std::string("ab");
    left.cells.at(1, 0) = std::string("c");
    Layout right = sheet("p", 1);
    right.cells.at(0, 0) = std::string("a");
    right.cells.at(1, 0) = std::string("bc");
    EXPECT_NE(fingerprint(left, ""), fingerprint(right, ""));
    // an empty cell is not an empty text
    Layout empty = sheet("p", 1);
    empty.cells.at(1, 0) = std::monostate{};
    Layout emptyText = sheet("p", 1);
    emptyText.cells.at(1, 0) = std::string();
    EXPECT_NE(fingerprint(empty, ""), fingerprint(emptyText, ""));
}
