#pragma once

#include "core/common/Language.hpp"
#include "core/model/Reader.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace concord::uno {

class UiTexts;

/// What the panel shows about a workbook: its input tables read exactly as the generator
/// reads them (SheetReader over every sheet Concord did not generate, then the core's
/// Reader), reduced to what a user picks from and reads.
struct WorkbookSummary {
    /// One input problem: where it is, and its text.
    struct Problem {
        std::string sheet; ///< sheet name
        int row = 0;       ///< 0-based
        int column = 0;    ///< 0-based
        std::string line;  ///< one list line: "KPIs!H4: expected a number…" (problem.line)
        std::string text;  ///< the whole sentence: "Sheet 'KPIs', cell H4: …"
    };
    /// One department: code and name.
    struct Department {
        std::string code;
        std::string name;
    };

    /// Valid rows of each table (a row with a problem is not counted: the build leaves it out).
    std::size_t departmentCount = 0;
    std::size_t kpiCount = 0;
    std::size_t goalCount = 0;
    std::size_t requestCount = 0;
    /// The departments, in table order.
    std::vector<Department> departments;
    /// Labels of the periods of the Actuals rows ("2026-09", "2026-Q3"…), latest first
    /// (by last day), each once; the period a build takes by default first of all when no
    /// Actuals row has it.
    std::vector<std::string> periods;
    /// The period a build takes when none is chosen (the latest month with data).
    std::string defaultPeriod;
    /// Every input problem, in sheet, row, column order; after a collect, its report's
    /// lines come first (listedFirst of them), so one list shows both.
    std::vector<Problem> problems;
    /// How many lines at the head of problems are the last collect's, not input problems.
    std::size_t listedFirst = 0;
    /// Why the workbook cannot be built (a required table or column is missing), in the UI
    /// language; empty when it can. Counts and lists are empty then.
    std::string unusable;

    /// Reads document with the data files loaded into reader. Problems and the unusable
    /// message are in texts' language. Throws css::uno::Exception when Calc refuses to
    /// answer and core::common::Error when a data file of the extension is invalid.
    /// Thread-safe (only Calc's calls take its lock).
    static WorkbookSummary
    read(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
         const UiTexts& texts, const core::model::Reader& reader);
    /// Only what the counts need: the sheets of the counted tables (CountedTables:
    /// Departments, KPIs, Goals, Requests), read as read() reads them. The counts and
    /// departments are those read() finds; unusable says why when a counted table or one
    /// of its required columns is missing (read() may also find Actuals or Deliveries
    /// lacking a column); periods, defaultPeriod and problems stay empty (they need
    /// Actuals: the full read). Throws what read() throws; thread-safe as it.
    static WorkbookSummary
    readCounts(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
               const UiTexts& texts, const core::model::Reader& reader);
};

} // namespace concord::uno
