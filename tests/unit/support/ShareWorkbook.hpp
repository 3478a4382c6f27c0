#pragma once
// The master workbook of the share tests (hand-out and collect), worked by hand:
//   Departments SAL, MKT, LOG.
//   KPIs: SAL-REV (SAL, monthly, target 100), SAL-B2B (SAL, quarterly, target 40),
//         MKT-SQL (MKT, monthly, target 1800), LOG-LEAD (LOG, monthly, target 2).
//   Actuals (columns A KPI, B Period, C Value, D Target):
//     row 2 SAL-REV 2026-11 90;  row 3 SAL-REV 2026-12 (empty) plan 95;
//     row 4 MKT-SQL 2026-12 1700.                      → endRow 4 (the next row is 5)
//   Requests: R01 SAL→MKT monthly due 3; R02 MKT→SAL monthly due 5;
//             R03 MKT→SAL quarterly due 15 (Q4 due 15 Oct); R04 LOG→MKT monthly due 10.
//   Deliveries (A Request, B Period, C Delivered on): row 2 R01 2026-11 on 2026-11-03.
#include "core/model/Reader.hpp"
#include "core/model/TableSchema.hpp"
#include "core/share/HandOutBook.hpp"
#include "core/share/Merge.hpp"
#include "core/share/Texts.hpp"
#include "support/WorkbookBuilder.hpp"

#include <algorithm>
#include <stdexcept>

namespace concord::test {

inline const core::model::Reader& shareReader() {
    static const core::model::Reader reader = core::model::Reader::load(CONCORD_DATA_DIR);
    return reader;
}

inline const core::share::Texts& shareTexts() {
    static const core::share::Texts texts =
        core::share::Texts::load(CONCORD_DATA_DIR "/share.json");
    return texts;
}

inline const core::common::CivilDate calcNullDate{1899, 12, 30};

inline std::vector<core::model::RawSheet> shareMaster() {
    using core::common::Cell;
    WorkbookBuilder b;
    b.department("SAL", "Sales").department("MKT", "Marketing").department("LOG", "Logistics");
    b.kpi("SAL-REV", "Revenue", "SAL", 100.0)
        .kpi("SAL-B2B", "B2B contracts", "SAL", 40.0, {{"frequency", std::string("quarter")}})
        .kpi("MKT-SQL", "Qualified leads", "MKT", 1800.0)
        .kpi("LOG-LEAD", "Lead time", "LOG", 2.0, {{"direction", std::string("down")}});
    b.actual("SAL-REV", std::string("2026-11"), 90.0)
        .actual("SAL-REV", std::string("2026-12"), Cell(), {{"target", 95.0}})
        .actual("MKT-SQL", std::string("2026-12"), 1700.0);
    b.request("R01", "SAL", "MKT", "Lead list", {{"due_day", 3.0}})
        .request("R02", "MKT", "SAL", "Lead feedback", {{"due_day", 5.0}})
        .request("R03", "MKT", "SAL", "Quarterly survey",
                 {{"frequency", std::string("quarter")}, {"due_day", 15.0}})
        .request("R04", "LOG", "MKT", "Campaign calendar", {{"due_day", 10.0}});
    b.delivery("R01", std::string("2026-11"), date(2026, 11, 3));
    return b.sheets();
}

/// The hand-out of a department as the raw sheets of the file it returns (nothing typed
/// yet), and its stamp.
struct Returned {
    std::vector<core::model::RawSheet> sheets;
    core::share::Stamp stamp;

    /// The sheet named name.
    core::model::RawSheet& sheet(const std::string& name) {
        return *std::find_if(sheets.begin(), sheets.end(),
                             [&](const core::model::RawSheet& s) { return s.name == name; });
    }
    /// Types value into column col of the data row whose first cell is key and whose period
    /// cell (column 3) is period.
    void type(const std::string& sheetName, const std::string& key, const std::string& period,
              std::size_t col, const core::common::Cell& value) {
        core::common::Grid& cells = sheet(sheetName).cells;
        for (std::size_t r = 1; r < cells.rows(); ++r)
            if (cells.at(r, 0) == core::common::Cell(key) &&
                cells.at(r, 3) == core::common::Cell(period)) {
                cells.at(r, col) = value;
                return;
            }
        throw std::runtime_error("no row " + key + " " + period);
    }
    /// Adds a row (pasted by the department) at the bottom of a sheet.
    void paste(const std::string& sheetName, const std::vector<core::common::Cell>& row) {
        core::common::Grid& old = sheet(sheetName).cells;
        core::common::Grid grown(old.rows() + 1, old.cols());
        for (std::size_t r = 0; r < old.rows(); ++r)
            for (std::size_t c = 0; c < old.cols(); ++c)
                grown.at(r, c) = old.at(r, c);
        for (std::size_t c = 0; c < row.size() && c < old.cols(); ++c)
            grown.at(old.rows(), c) = row[c];
        old = grown;
    }
};

inline Returned handOut(const std::vector<core::model::RawSheet>& master,
                        const std::string& department, const std::string& period) {
    const core::model::Reader& reader = shareReader();
    const core::model::Workbook workbook = reader.read(master, calcNullDate);
    const core::share::Table actuals = core::share::Table::read(
        "actuals", master, reader, calcNullDate,
        [&](const std::string& id) -> std::optional<core::model::Frequency> {
            for (const auto& kpi : workbook.kpis)
                if (kpi.id == id)
                    return kpi.frequency;
            return std::nullopt;
        });
    const core::share::HandOut plan = core::share::HandOutPlan::make(
        workbook, actuals, department, *core::model::Period::parse(period),
        core::share::Stamp::masterIdOf(workbook, ""));
    const core::share::HandOutBook book = core::share::HandOutBook::make(
        plan, master, reader.schema(), shareTexts(), core::common::Language::En);
    Returned out;
    for (const auto& sheet : book.sheets)
        out.sheets.push_back({sheet.name, sheet.cells});
    out.stamp = plan.stamp;
    return out;
}

/// The master's sheets with the merge's writes applied (growing a sheet where a row is
/// appended), as the UNO layer applies them to the document.
inline std::vector<core::model::RawSheet>
applied(std::vector<core::model::RawSheet> master,
        const std::vector<core::share::CellWrite>& writes) {
    for (const core::share::CellWrite& write : writes)
        for (core::model::RawSheet& sheet : master) {
            if (sheet.name != write.at.sheet)
                continue;
            const std::size_t row = write.at.row, col = write.at.col;
            if (row >= sheet.cells.rows() || col >= sheet.cells.cols()) {
                core::common::Grid grown(std::max(row + 1, sheet.cells.rows()),
                                         std::max(col + 1, sheet.cells.cols()));
                for (std::size_t r = 0; r < sheet.cells.rows(); ++r)
                    for (std::size_t c = 0; c < sheet.cells.cols(); ++c)
                        grown.at(r, c) = sheet.cells.at(r, c);
                sheet.cells = grown;
            }
            sheet.cells.at(row, col) = write.value;
        }
    return master;
}

} // namespace concord::test
