// The live formulas of the generated sheets give the values the core computed: every
// FormulaColumn seed, filled down as Calc fills it, is evaluated here with the sheet
// functions over the sheet's own cells (an empty cell passed alone arrives as 0, inside a
// range as an empty string — as Calc 7.4 passes them, DESIGN §4) and compared with the
// number the generator wrote under it.
#include "core/functions/Library.hpp"
#include "core/report/Results.hpp"
#include "core/sheets/Company.hpp"
#include "core/sheets/Scorecard.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

#include <regex>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::functions;
using namespace concord::core::smart;
using namespace concord::core::model;
using namespace concord::core::report;
using namespace concord::core::sheets;
using concord::test::analyser;
using concord::test::Fields;
using concord::test::texts;
using concord::test::WorkbookBuilder;

namespace {

const Catalogue& catalogue() {
    static const Catalogue instance = Catalogue::load(CONCORD_DATA_DIR "/functions.json");
    return instance;
}

const Library& functions() {
    static const Library instance(catalogue(), Words::load(CONCORD_DATA_DIR "/words.json"),
                                  Analyser(Vocabulary::load(CONCORD_DATA_DIR "/smart.json")));
    return instance;
}

/// One A1 reference ("H5", "$J$5") moved by `rows` when its row is relative.
struct Reference {
    int row = 0;
    int col = 0;
};

Reference parseReference(const std::string& text, int rows) {
    static const std::regex pattern(R"((\$?)([A-Z]+)(\$?)([0-9]+))");
    std::smatch match;
    if (!std::regex_match(text, match, pattern))
        throw std::runtime_error("not a reference: " + text);
    Reference reference;
    reference.col = 0;
    for (char c : match[2].str())
        reference.col = reference.col * 26 + (c - 'A' + 1);
    reference.col -= 1;
    reference.row = std::stoi(match[4].str()) - 1 + (match[3].str().empty() ? rows : 0);
    return reference;
}

/// A formula argument as Calc passes it to the add-in.
Grid argument(const Layout& sheet, const std::string& text, int rows) {
    const std::size_t colon = text.find(':');
    auto cellAt = [&](const Reference& r) -> Cell {
        if (static_cast<std::size_t>(r.row) >= sheet.cells.rows() ||
            static_cast<std::size_t>(r.col) >= sheet.cells.cols())
            return std::monostate{};
        return sheet.cells.at(static_cast<std::size_t>(r.row), static_cast<std::size_t>(r.col));
    };
    if (colon == std::string::npos) {
        Cell cell = cellAt(parseReference(text, rows));
        if (std::holds_alternative<std::monostate>(cell))
            cell = 0.0; // a reference to an empty cell arrives as the number 0
        return Grid::scalar(cell);
    }
    const Reference first = parseReference(text.substr(0, colon), rows);
    const Reference last = parseReference(text.substr(colon + 1), rows);
    Grid grid(static_cast<std::size_t>(last.row - first.row + 1), 1);
    for (int r = first.row; r <= last.row; ++r) {
        Cell cell = cellAt({r, first.col});
        if (std::holds_alternative<std::monostate>(cell))
            cell = std::string(); // inside a range, an empty cell arrives as ""
        grid.at(static_cast<std::size_t>(r - first.row), 0) = cell;
    }
    return grid;
}

/// The value of `seed` filled down by `rows` rows.
double evaluate(const Layout& sheet, const std::string& seed, int rows) {
    static const std::regex call(R"(=([A-Z.]+)\((.*)\))");
    std::smatch match;
    if (!std::regex_match(seed, match, call))
        throw std::runtime_error("not a call: " + seed);
    const std::string name = match[1];
    EXPECT_NE(nullptr, catalogue().byDisplayName(name)) << name;
    std::vector<Grid> args;
    std::string list = match[2];
    for (std::size_t at = 0; at <= list.size();) {
        const std::size_t next = std::min(list.find(';', at), list.size());
        args.push_back(argument(sheet, list.substr(at, next - at), rows));
        at = next + 1;
    }
    const Grid omitted;
    auto arg = [&](std::size_t i) -> const Grid& { return i < args.size() ? args[i] : omitted; };
    auto number = [](const Grid& grid) { return std::get<double>(grid.at(0, 0)); };
    if (name == "KPI.ATTAINMENT")
        return number(functions().kpiAttainment(arg(0), arg(1), arg(2), arg(3)));
    if (name == "KPI.SCORE")
        return number(functions().kpiScore(arg(0), arg(1), arg(2), arg(3), arg(4), arg(5)));
    if (name == "KPI.RANGE")
        return number(functions().kpiRange(arg(0), arg(1), arg(2), arg(3)));
    if (name == "KPI.STATUS")
        return number(functions().kpiStatus(arg(0), arg(1), arg(2)));
    if (name == "KPI.WEIGHTED")
        return functions().kpiWeighted(arg(0), arg(1));
    throw std::runtime_error("no evaluator for " + name);
}

/// Checks every formula cell of the sheet; returns how many were checked.
int checkFormulas(const Layout& sheet) {
    int checked = 0;
    for (const FormulaColumn& column : sheet.formulas)
        for (int row = column.firstRow; row <= column.lastRow; ++row) {
            SCOPED_TRACE(sheet.name + " " + column.seed + " row " + std::to_string(row + 1));
            const Cell& written =
                sheet.cells.at(static_cast<std::size_t>(row), static_cast<std::size_t>(column.col));
            if (!std::holds_alternative<double>(written)) {
                ADD_FAILURE() << "no number under the formula";
                continue;
            }
            EXPECT_NEAR(std::get<double>(written),
                        evaluate(sheet, column.seed, row - column.firstRow), 1e-12);
            ++checked;
        }
    return checked;
}

/// Up, down with baseline, down with baseline 0, range, stale, plan target, own thresholds,
/// and a KPI whose numbers the math rejects.
Workbook workbook() {
    WorkbookBuilder book;
    book.department("SAL", "Sales").department("OPS", "Operations", {{"weight", 2.0}});
    auto kpi = [&book](const char* id, const char* direction, double target, Fields more = {}) {
        more.emplace_back("direction", direction);
        book.kpi(id, id, "SAL", target, more);
    };
    kpi("REV", "up", 100, {{"weight", 2.0}});
    kpi("LEAD", "down", 10, {{"baseline", 20.0}});
    kpi("COST", "down", 10, {{"baseline", 0.0}});
    kpi("NPS", "range", 40, {{"target_max", 60.0}});
    kpi("CALLS", "up", 50, {{"weight", 3.0}});
    kpi("PLAN", "up", 100);
    kpi("OWN", "up", 100, {{"amber_from", 0.5}, {"green_from", 0.8}});
    book.kpi("OPS1", "OPS1", "OPS", 50.0, {{"direction", "up"}});
    book.actual("REV", "2026-08", 80.0)
        .actual("REV", "2026-09", 90.0)
        .actual("LEAD", "2026-09", 14.0)
        .actual("COST", "2026-09", 8.0)
        .actual("NPS", "2026-09", 70.0)
        .actual("CALLS", "2026-07", 40.0)
        .actual("PLAN", "2026-09", 108.0, {{"target", 120.0}})
        .actual("OWN", "2026-09", 60.0)
        .actual("OPS1", "2026-09", 55.0);
    Workbook w = book.read();
    // The reader leaves out a target of 0 (input.target_zero), yet the sheets must still
    // show such a KPI without a score: ZERO goes in after reading, before OPS1 as it stood.
    Kpi zero = w.kpis.at(0);
    zero.id = zero.name = "ZERO";
    zero.target = 0;
    zero.weight = 1;
    w.kpis.insert(w.kpis.end() - 1, zero);
    Actual five = w.actuals.at(1);
    five.kpi = "ZERO";
    five.value = 5;
    w.actuals.push_back(five);
    return w;
}

} // namespace

Report report(Language language) {
    return computeResults(workbook(), {Frequency::Month, 2026, 9}, analyser(), texts(), language);
}

TEST(SheetsFormulas, ScorecardFormulasGiveTheComputedValues) {
    for (Language language : {Language::En, Language::Ru}) {
        const Report r = report(language);
        const Context context(r, texts(), language, {1899, 12, 30}, "2026-10-01 09:00");
        const Layout sheet = scorecardSheet(context, r.departments.at(0));
        // 6 KPIs with a score × (attainment, score, status) + department score and status;
        // the stale CALLS and ZERO (target 0) have none
        EXPECT_EQ(6 * 3 + 2, checkFormulas(sheet));
    }
}

TEST(SheetsFormulas, CompanyFormulasGiveTheComputedValues) {
    const Report r = report(Language::En);
    const Context context(r, texts(), Language::En, {1899, 12, 30}, "2026-10-01 09:00");
    // two department statuses, company score and status
    EXPECT_EQ(4, checkFormulas(companySheet(context)));
}
