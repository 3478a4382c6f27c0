#pragma once

#include "core/common/Grid.hpp"
#include "core/common/Language.hpp"
#include "core/model/RawSheet.hpp"
#include "core/model/TableSchema.hpp"
#include "core/report/Texts.hpp"
#include "core/share/HandOutPlan.hpp"
#include "core/share/Texts.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace concord::core::share {

/// A column a department fills in, and the check Calc applies to it.
struct FillColumn {
    std::size_t col = 0;
    enum class Check { Number, Date, None } check = Check::None;
};

/// One sheet of a hand-out document: its cells from A1 (row 0 the header where there is
/// one) and the columns whose data rows are unlocked and highlighted.
struct HandOutSheet {
    std::string name;
    common::Grid cells;
    std::vector<FillColumn> fill; ///< rows 1 … cells.rows()-1 of these columns
    bool header = true;           ///< row 0 is a header row (bold)
    /// Cells (row, col) that hold a date serial, to be shown as dates (a one-time request's
    /// due day is a date, a monthly one's a day number).
    std::vector<std::pair<std::size_t, std::size_t>> dateCells = {};
};

/// The hand-out document of one department as data (DESIGN §6), decided in the core and
/// written by the UNO layer: the About sheet, the Actuals and Deliveries sheets to fill
/// (names and headers of the template in the language, so collect reads them as input
/// tables), and the read-only copy of its requests (the master's Requests header and its
/// rows). The last scorecard is copied by the UNO layer from the master's generated sheet
/// ("Scorecard <code>"), placed after these sheets.
struct HandOutBook {
    std::vector<HandOutSheet> sheets;
    std::vector<std::pair<std::string, std::string>> properties; ///< the stamp
    std::string title; ///< the document title (About's first line)

    /// The file name without folder: "<code> <P>.ods" (or .xlsx).
    static std::string fileName(const HandOut& handOut, const std::string& extension);

    /// The name of the department's generated scorecard in the master, as the generator
    /// names it (sheets.json "sheet.scorecard": "Scorecard SAL" / "Карта SAL"): the sheet the
    /// UNO layer copies, read-only, when the master has it.
    static std::string scorecardSheet(const report::Texts& sheetTexts, const std::string& code,
                                      common::Language language);

    /// Lays out the book. masterSheets: the master's sheets (its Requests rows are copied as
    /// they are); language: the master's (DESIGN §2).
    static HandOutBook make(const HandOut& handOut,
                            const std::vector<model::RawSheet>& masterSheets,
                            const model::TableSchema& schema, const Texts& texts,
                            common::Language language);
};

} // namespace concord::core::share
