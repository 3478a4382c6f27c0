#pragma once

#include "core/common/CivilDate.hpp"
#include "core/common/Language.hpp"
#include "core/common/Words.hpp"
#include "core/model/Messages.hpp"
#include "core/model/RawSheet.hpp"
#include "core/model/TableSchema.hpp"
#include "core/model/Workbook.hpp"

#include <string>
#include <vector>

namespace concord::core::model {

/// Reads the six input tables of DESIGN §2 from raw sheets into a validated Workbook.
///
/// Tables and columns: a table is the first sheet whose name tables.json knows (en or ru,
/// any case); its columns are found by the header cells of row 0 in any order; unknown
/// columns are not read. Departments and KPIs are required tables; Goals, Actuals,
/// Requests and Deliveries may be absent (or an entirely empty sheet) and are then empty.
/// A missing required table, or a missing required column of a table that is there, stops
/// the read with an Error (nothing else is read). Every other problem goes into
/// Workbook::problems with its sheet and cell, and the row it is in is left out; the
/// workbook holds only rows without problems. Problems are sorted by sheet (in the order
/// of `sheets`), row and column.
///
/// Cells: texts are trimmed; IDs and codes are texts compared exactly (a number 101 in an
/// ID cell reads as "101"); dates are Calc serials counted from the document's null date
/// (see ReaderConverter for every accepted form).
///
/// Defaults of empty cells: Weight 1; Frequency month; Agreed no (a request not marked
/// agreed is not agreed, so it lands on step 1 of the escalation ladder); Level, Deadline,
/// Due day, Baseline, Target max, Amber/Green from unset (Baseline, Amber from and Green
/// from of 0 count as not given, as in the sheet functions); Direction: down when a
/// Baseline is given and the Target lies below it, else up.
///
/// Checks beyond the cell types (each a problem of the row): a duplicate ID or code (the
/// first row keeps it); a reference to an unknown department, goal, KPI or request; a
/// cycle of Parent links (every department or goal on it); a weekly request's Due day
/// above 7; a once request whose Due day holds no date ("input.once_without_date", at the
/// Due day cell, or at Frequency when the sheet has no Due day column); a range KPI without Target
/// max or with Target max below Target; Amber from above Green from (defaults 0.7 / 0.95); a Target
/// (or an Actuals plan) that makes attainment impossible: equal to the Baseline, on the wrong side
/// of it for the direction, or 0 without a Baseline; a second Actuals value of one KPI for one
/// period. A reference to a row that exists but was left out for its own problem is not reported
/// again: a row that needs it (an Actual of that KPI, a KPI of that department, a
/// Delivery of that request, a Request from or to that department) is left out too;
/// optional references (Parent, a goal's Department and KPI, a KPI's Goal) stay as written
/// and may then name a row the Workbook does not hold.
///
/// Periods: an Actuals period is expressed in its KPI's frequency and a Deliveries period
/// in its request's frequency — the period of that frequency containing the given date,
/// or the last day of the given period (2026-Q3 for a monthly KPI is 2026-09).
class Reader {
public:
    Reader(TableSchema schema, common::Words words, Messages messages);

    /// Loads tables.json, words.json and messages.json from dataDir; throws what
    /// TableSchema::load, Words::load and Messages::load throw.
    static Reader load(const std::string& dataDir);

    /// Reads the tables. nullDate is the document's date serial 0; language is that of the
    /// Error message. Throws Error "input.missing_table" ("The workbook has no sheet
    /// 'KPIs' (or 'Показатели'): this table is required.") or "input.missing_column"
    /// ("Sheet 'KPIs', row 1: the required column 'Target' ('Целевое значение') is
    /// missing.").
    Workbook read(const std::vector<RawSheet>& sheets, const common::CivilDate& nullDate,
                  common::Language language = common::Language::En) const;

    const TableSchema& schema() const { return _schema; }
    const common::Words& words() const { return _words; }
    const Messages& messages() const { return _messages; }

private:
    TableSchema _schema;
    common::Words _words;
    Messages _messages;
};

/// Reader::load(dataDir).read(sheets, nullDate, language).
Workbook readWorkbook(const std::vector<RawSheet>& sheets, const common::CivilDate& nullDate,
                      const std::string& dataDir, common::Language language = common::Language::En);

} // namespace concord::core::model
