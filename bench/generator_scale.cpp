// Benchmark of the generators at scale (issue 4), in one soffice process:
// a synthetic workbook of 200 departments × 50 KPIs × 36 months (360k Actuals rows),
// made here with bulk writes, then
//   (a) org.concord.Generator build(…, "scorecards"): 200 scorecards + Company, each with
//       its 12-period history block
//   (a0) the same build without the history ("scorecards,no-history"), in a second copy
//       of the workbook, so that both build into a document without generated sheets;
//       (a0) and (a) run twice, alternating, each on a fresh copy, and the faster of each
//       pair counts: the same build in one run was seen to take 19.4 s once and 26.2 s
//       another time on a quiet machine
//   (b) one DataPilot (pivot table) of the Actuals by department and KPI — what a user
//       would build by hand instead
//   (c) writing the same scorecard cells one UNO call per cell (the naive macro): a
//       5,000-cell sample timed and scaled to the cells (a) wrote
// and the extra soffice memory (peak VmRSS − VmRSS before) during (a).
// Goals: (a)/(b) ≤ 1.5, (c)/(a) ≥ 20, extra memory ≤ 300 MB, (a)/(a0) ≤ 1.3 (issue 10).
#include "ScaleWorkbook.hpp"
#include "cli/office/CalcDocument.hpp"
#include "cli/office/ExtensionInstaller.hpp"
#include "cli/office/ExtensionTypes.hpp"
#include "cli/office/OfficeProcess.hpp"
#include "cli/office/OfficeProfile.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/DataPilotFieldOrientation.hpp>
#include <com/sun/star/sheet/GeneralFunction.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XDataPilotDescriptor.hpp>
#include <com/sun/star/sheet/XDataPilotTables.hpp>
#include <com/sun/star/sheet/XDataPilotTablesSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <org/concord/XGenerator.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace css;
using concord::cli::CalcDocument;

namespace {

/// 200 unless CONCORD_BENCH_DEPARTMENTS says otherwise (a quicker look while profiling).
const int departments = [] {
    const char* asked = std::getenv("CONCORD_BENCH_DEPARTMENTS");
    return asked && std::atoi(asked) > 0 ? std::atoi(asked) : 200;
}();
constexpr int kpisPerDepartment = concord::bench::ScaleWorkbook::kpisPerDepartment;
constexpr int months = concord::bench::ScaleWorkbook::months;

void makeWorkbook(const CalcDocument& doc) {
    concord::bench::ScaleWorkbook::write(doc, departments);
}

long rssKiB(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Cells the generator wrote: the used areas of the generated sheets.
long generatedCells(const CalcDocument& doc, const uno::Sequence<rtl::OUString>& names) {
    long cells = 0;
    for (const rtl::OUString& name : names) {
        uno::Reference<sheet::XSpreadsheet> sheet(doc.model()->getSheets()->getByName(name),
                                                  uno::UNO_QUERY_THROW);
        uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursor();
        uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)
            ->gotoEndOfUsedArea(false);
        table::CellRangeAddress end =
            uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        cells += static_cast<long>(end.EndRow + 1) * (end.EndColumn + 1);
    }
    return cells;
}

/// The naive macro: the first scorecard's cells copied one getCell/setValue pair at a time
/// into a scratch sheet, for `sample` cells; returns seconds per cell.
double naiveSecondsPerCell(const CalcDocument& doc, const rtl::OUString& source, int sample) {
    uno::Reference<table::XCellRange> from(doc.model()->getSheets()->getByName(source),
                                           uno::UNO_QUERY_THROW);
    doc.model()->getSheets()->insertNewByName("Naive", 0);
    uno::Reference<table::XCellRange> to(doc.model()->getSheets()->getByName("Naive"),
                                         uno::UNO_QUERY_THROW);
    const int width = 20;
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < sample; ++i) {
        const int row = i / width;
        const int col = i % width;
        uno::Reference<table::XCell> cell = from->getCellByPosition(col, row % 60);
        uno::Reference<table::XCell> target = to->getCellByPosition(col, row);
        const rtl::OUString formula = cell->getFormula();
        if (formula.isEmpty())
            target->setValue(cell->getValue());
        else
            target->setFormula(formula);
    }
    const double seconds = secondsSince(start);
    doc.model()->getSheets()->removeByName("Naive");
    return seconds / sample;
}

double pivotSeconds(const CalcDocument& doc) {
    uno::Reference<sheet::XSpreadsheets> sheets = doc.model()->getSheets();
    sheets->insertNewByName("Pivot", 0);
    uno::Reference<sheet::XDataPilotTablesSupplier> supplier(sheets->getByName("Pivot"),
                                                             uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XDataPilotTables> tables = supplier->getDataPilotTables();
    uno::Reference<sheet::XDataPilotDescriptor> descriptor = tables->createDataPilotDescriptor();
    uno::Reference<sheet::XCellRangeAddressable> actuals(
        uno::Reference<table::XCellRange>(sheets->getByName("Actuals"), uno::UNO_QUERY_THROW)
            ->getCellRangeByPosition(0, 0, 3, departments * kpisPerDepartment * months),
        uno::UNO_QUERY_THROW);
    descriptor->setSourceRange(actuals->getRangeAddress());
    uno::Reference<container::XIndexAccess> fields = descriptor->getDataPilotFields();
    auto orient = [&](int index, sheet::DataPilotFieldOrientation orientation) {
        uno::Reference<beans::XPropertySet> field(fields->getByIndex(index), uno::UNO_QUERY_THROW);
        field->setPropertyValue("Orientation", uno::Any(orientation));
        return field;
    };
    orient(3, sheet::DataPilotFieldOrientation_ROW); // Department
    orient(0, sheet::DataPilotFieldOrientation_ROW); // KPI
    orient(2, sheet::DataPilotFieldOrientation_DATA)
        ->setPropertyValue("Function", uno::Any(sheet::GeneralFunction_SUM)); // Value
    auto start = std::chrono::steady_clock::now();
    tables->insertNewByName("ActualsPivot", table::CellAddress(0, 0, 0), descriptor);
    return secondsSince(start);
}

} // namespace

int main(int argc, char** argv) {
    // --save PATH: only write the synthetic workbook to PATH (.ods) for bench/cli_scale.sh.
    const bool saveOnly = argc == 4 && std::string(argv[2]) == "--save";
    if (argc != 2 && !saveOnly) {
        std::fprintf(stderr, "usage: %s CONCORD_OXT [--save WORKBOOK.ods]\n", argv[0]);
        return 64;
    }
    try {
        concord::cli::OfficeProfile profile;
        concord::cli::ExtensionInstaller(profile).install(argv[1]);
        concord::cli::OfficeProcess office(profile);
        // The client calls org.concord.XGenerator: it needs our types too.
        concord::cli::ExtensionTypes::add(
            concord::cli::ExtensionTypes::findInstalled(profile, "concord.rdb"));
        CalcDocument doc = CalcDocument::create(office);
        auto made = std::chrono::steady_clock::now();
        makeWorkbook(doc);
        std::printf("synthetic workbook: %d departments, %d KPIs, %d actual rows (%.1f s)\n",
                    departments, departments * kpisPerDepartment,
                    departments * kpisPerDepartment * months, secondsSince(made));
        if (saveOnly) {
            doc.storeAs(argv[3], "calc8");
            std::printf("written to %s\n", argv[3]);
            return 0;
        }
        uno::Reference<org::concord::XGenerator> generator(
            office.context()->getServiceManager()->createInstanceWithContext(
                "org.concord.Generator", office.context()),
            uno::UNO_QUERY_THROW);

        // Warm-up (loads the extension's code and data files) on the workbook made above.
        generator->build(doc.model(), "", "en", "check,no-history");
        doc.close();

        std::vector<double> a0Runs;
        std::vector<double> aRuns;
        long before = 0;
        std::atomic<long> peak{0};
        org::concord::GenerationResult result;
        std::optional<CalcDocument> kept;
        for (int round = 0; round < 2; ++round) {
            {
                CalcDocument plain = CalcDocument::create(office);
                makeWorkbook(plain);
                auto start = std::chrono::steady_clock::now();
                generator->build(plain.model(), "", "en", "scorecards,no-history");
                a0Runs.push_back(secondsSince(start));
                plain.close();
            }
            CalcDocument full = CalcDocument::create(office);
            makeWorkbook(full);
            // (a) with a memory watcher on soffice in the first round
            const bool watch = round == 0;
            if (watch)
                before = peak = rssKiB(office.pid());
            std::atomic<bool> running{watch};
            std::thread watcher([&] {
                while (running) {
                    peak = std::max(peak.load(), rssKiB(office.pid()));
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                }
            });
            auto start = std::chrono::steady_clock::now();
            result = generator->build(full.model(), "", "en", "scorecards");
            aRuns.push_back(secondsSince(start));
            running = false;
            watcher.join();
            if (round == 1)
                kept.emplace(std::move(full));
            else
                full.close();
        }
        const double a = std::min(aRuns[0], aRuns[1]);
        const double a0 = std::min(a0Runs[0], a0Runs[1]);
        CalcDocument& built = *kept;
        const long cells = generatedCells(built, result.sheets);

        const double b = pivotSeconds(built);
        const int sample = 5000;
        const double perCell = naiveSecondsPerCell(built, result.sheets[1], sample);
        const double c = perCell * static_cast<double>(cells);

        std::printf("(a) build of %d sheets, %ld cells            %8.2f s  (runs %.2f, %.2f)\n",
                    static_cast<int>(result.sheets.getLength()), cells, a, aRuns[0], aRuns[1]);
        std::printf(
            "(a0) the same build without the history            %8.2f s  (runs %.2f, %.2f)\n", a0,
            a0Runs[0], a0Runs[1]);
        std::printf("(b) DataPilot of the Actuals by department and KPI %8.2f s\n", b);
        std::printf("(c) per-cell writes: %d-cell sample scaled to %ld cells %8.2f s\n", sample,
                    cells, c);
        std::printf("(a)/(b) = %.2f   goal <= 1.5  %s\n", a / b, a / b <= 1.5 ? "met" : "NOT met");
        std::printf("(c)/(a) = %.1f   goal >= 20   %s\n", c / a, c / a >= 20 ? "met" : "NOT met");
        std::printf("(a)/(a0) = %.2f   goal <= 1.3  %s\n", a / a0,
                    a / a0 <= 1.3 ? "met" : "NOT met");
        const double extraMb = static_cast<double>(peak - before) / 1024.0;
        std::printf("extra soffice memory during (a) = %.0f MB   goal <= 300  %s\n", extraMb,
                    extraMb <= 300 ? "met" : "NOT met");
        built.close();
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
