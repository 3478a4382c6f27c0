// Benchmark: what a Concord function costs in real Calc, against baselines measured in the
// same soffice process. 100k rows of (actual, target); each variant's formula column is
// written as one seed formula + fillAuto (setFormulaArray is quadratic in 7.4), then the
// document is recalculated and timed (median of several runs):
//   (a) built-in arithmetic with the same result as KPI.ATTAINMENT: =1+(A1-B1)/ABS(B1)
//   (b) BENCH.ECHO(A1;B1): a bench-only add-in with the same argument types that returns
//       its first argument — the floor of any add-in call
//   (c) KPI.ATTAINMENT(A1;B1) per cell
//   (d) one array formula {=KPI.ATTAINMENT(A1:A100000;B1:B100000)}
//   (e) for reference, not a goal: Calc's own array formula with (a)'s arithmetic
// Goals: (c)/(b) ≤ 1.10 and (d)/(a) ≤ 1.0.
#include "cli/office/CalcDocument.hpp"
#include "cli/office/ExtensionInstaller.hpp"
#include "cli/office/OfficeProcess.hpp"
#include "cli/office/OfficeProfile.hpp"

#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

using namespace css;
using concord::cli::CalcDocument;

namespace {

constexpr int rowCount = 100000;
constexpr int runs = 5;

std::string rangeName(const char* column, int rows) {
    return std::string(column) + "1:" + column + std::to_string(rows);
}

uno::Reference<table::XCellRange> range(const CalcDocument& doc, const std::string& name) {
    uno::Reference<table::XCellRange> sheet(doc.sheet(0), uno::UNO_QUERY_THROW);
    return sheet->getCellRangeByName(rtl::OUString::createFromAscii(name.c_str()));
}

// actual in A, target in B: deterministic, varied, never a zero target.
double actualAt(int row) {
    return 50 + (row * 37) % 100;
}
double targetAt(int row) {
    return 60 + (row * 11) % 80;
}

void fillInputs(const CalcDocument& doc) {
    uno::Sequence<uno::Sequence<uno::Any>> rows(rowCount);
    for (int r = 0; r < rowCount; ++r) {
        uno::Sequence<uno::Any> row(2);
        row.getArray()[0] <<= actualAt(r);
        row.getArray()[1] <<= targetAt(r);
        rows.getArray()[r] = row;
    }
    uno::Reference<sheet::XCellRangeData> data(range(doc, "A1:B" + std::to_string(rowCount)),
                                               uno::UNO_QUERY_THROW);
    data->setDataArray(rows);
}

void writeColumn(const CalcDocument& doc, const std::string& seed) {
    uno::Reference<table::XCellRange> column = range(doc, rangeName("C", rowCount));
    column->getCellByPosition(0, 0)->setFormula(rtl::OUString::createFromAscii(seed.c_str()));
    uno::Reference<sheet::XCellSeries> series(column, uno::UNO_QUERY_THROW);
    series->fillAuto(sheet::FillDirection_TO_BOTTOM, 1);
}

void writeArray(const CalcDocument& doc, const std::string& formula) {
    uno::Reference<sheet::XArrayFormulaRange> array(range(doc, rangeName("C", rowCount)),
                                                    uno::UNO_QUERY_THROW);
    array->setArrayFormula(rtl::OUString::createFromAscii(formula.c_str()));
}

void clearColumn(const CalcDocument& doc) {
    uno::Reference<sheet::XSheetOperation> op(range(doc, rangeName("C", rowCount)),
                                              uno::UNO_QUERY_THROW);
    op->clearContents(sheet::CellFlags::FORMULA | sheet::CellFlags::VALUE |
                      sheet::CellFlags::STRING);
}

/// Median seconds of `runs` full recalculations, after checking the last row's value.
double timeRecalc(const CalcDocument& doc, double expectedLast) {
    uno::Reference<sheet::XCalculatable> calc(doc.model(), uno::UNO_QUERY_THROW);
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        calc->calculateAll();
        seconds.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    double last =
        range(doc, rangeName("C", rowCount))->getCellByPosition(0, rowCount - 1)->getValue();
    if (std::abs(last - expectedLast) > 1e-9) {
        std::fprintf(stderr, "wrong result in the last row: %.12g, expected %.12g\n", last,
                     expectedLast);
        std::exit(1);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[runs / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s CONCORD_OXT ECHO_OXT\n", argv[0]);
        return 64;
    }
    try {
        concord::cli::OfficeProfile profile;
        concord::cli::ExtensionInstaller installer(profile);
        installer.install(argv[1]);
        installer.install(argv[2]);
        concord::cli::OfficeProcess office(profile);
        CalcDocument doc = CalcDocument::create(office);
        uno::Reference<sheet::XCalculatable>(doc.model(), uno::UNO_QUERY_THROW)
            ->enableAutomaticCalculation(false);
        fillInputs(doc);

        // Each variant is checked on the last row before its time counts.
        const double actual = actualAt(rowCount - 1);
        const double attainment = 1 + (actual - targetAt(rowCount - 1)) / targetAt(rowCount - 1);

        struct Variant {
            const char* label;
            std::function<void()> write;
            double expected;
        };
        std::vector<Variant> variants = {
            {"(a) built-in =1+(A-B)/ABS(B) per cell",
             [&] { writeColumn(doc, "=1+(A1-B1)/ABS(B1)"); }, attainment},
            {"(b) =BENCH.ECHO(A;B) per cell (add-in floor)",
             [&] { writeColumn(doc, "=BENCH.ECHO(A1;B1)"); }, actual},
            {"(c) =KPI.ATTAINMENT(A;B) per cell",
             [&] { writeColumn(doc, "=KPI.ATTAINMENT(A1;B1)"); }, attainment},
            {"(d) {=KPI.ATTAINMENT(A1:A100000;B1:B100000)} one array formula",
             [&] { writeArray(doc, "=KPI.ATTAINMENT(A1:A100000;B1:B100000)"); }, attainment},
        };
        std::vector<double> times;
        std::printf("Recalculation of %d cells, median of %d runs, one soffice process\n", rowCount,
                    runs);
        for (const Variant& variant : variants) {
            variant.write();
            double t = timeRecalc(doc, variant.expected);
            clearColumn(doc);
            times.push_back(t);
            std::printf("  %-66s %8.3f s\n", variant.label, t);
        }
        std::printf("ratio (c)/(b) = %.3f   goal <= 1.10  %s\n", times[2] / times[1],
                    times[2] / times[1] <= 1.10 ? "met" : "NOT met");
        std::printf("ratio (d)/(a) = %.3f   goal <= 1.00  %s\n", times[3] / times[0],
                    times[3] / times[0] <= 1.00 ? "met" : "NOT met");
        doc.close();
        office.terminate();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench failed: %s\n", error.what());
        return 1;
    } catch (const uno::Exception& error) {
        std::fprintf(stderr, "bench failed: %s\n",
                     rtl::OUStringToOString(error.Message, RTL_TEXTENCODING_UTF8).getStr());
        return 1;
    }
    return 0;
}
