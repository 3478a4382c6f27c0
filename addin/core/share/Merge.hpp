#pragma once

#include "core/common/CivilDate.hpp"
#include "core/common/Grid.hpp"
#include "core/model/RawSheet.hpp"
#include "core/model/Reader.hpp"
#include "core/model/Workbook.hpp"
#include "core/share/Stamp.hpp"
#include "core/share/Table.hpp"

#include <optional>
#include <string>
#include <vector>

namespace concord::core::share {

/// What happened to one returned row.
enum class Outcome {
    Filled,                ///< an empty master cell (or a new master row) got the value
    Unchanged,             ///< the master already holds the same value
    Empty,                 ///< the department left the cell empty: nothing to merge
    Conflict,              ///< a different value against a non-empty master value: kept
    ConflictTaken,         ///< the same, with --take-returned: the returned value written
    RefusedForeignKpi,     ///< the KPI belongs to another department
    RefusedForeignRequest, ///< the request is provided by another department
    RefusedInvalid,        ///< the cell holds no number (Value) or no date (Delivered on)
    RefusedFormula,        ///< the cell holds a formula, not a typed value
    Unknown                ///< a row the hand-out did not contain: listed, not merged
};

/// One returned row and what the merge did with it.
struct MergeLine {
    Outcome outcome = Outcome::Unknown;
    std::string table;              ///< "actuals" or "deliveries"
    std::string key;                ///< KPI or request ID
    std::string period;             ///< the period label, or the cell's text when it names none
    std::optional<double> master;   ///< the master's value (Delivered on: a day number)
    std::optional<double> returned; ///< the returned value (Delivered on: a day number)
    std::string returnedText;       ///< the returned cell's text when it is not valid
    std::string owner;              ///< refused rows: the department the KPI or request belongs to
    std::optional<model::CellRef> masterCell; ///< the master cell it concerns, when there is one
    model::CellRef returnedCell;              ///< the cell in the returned file
};

/// Why a returned file was refused whole, or Merged.
enum class FileStatus {
    Merged,
    NoStamp,           ///< not a hand-out: no Concord stamp in its properties
    OtherMaster,       ///< a hand-out of another master workbook
    UnknownDepartment, ///< its department or period is not one of this master's
    Unreadable,        ///< Calc cannot open it (damaged, cut short, not a spreadsheet)
    Password,          ///< it is password-protected: Calc cannot open it unattended
};

/// One returned file.
struct FileResult {
    std::string file; ///< as the caller names it (the file name)
    FileStatus status = FileStatus::Merged;
    std::string department;     ///< from the stamp (also of refused files, when stamped)
    std::string period;         ///< from the stamp
    bool masterChanged = false; ///< the rows handed out then differ from those of today
    std::vector<MergeLine> lines;
};

/// A formula cell of a returned file (its Value and Delivered on cells must hold values).
struct FormulaCell {
    model::CellRef at;
    std::string formula; ///< as Calc shows it, "=E2*1.1"
};

/// A master cell to write; dates are written as serials of the master's null date.
struct CellWrite {
    model::CellRef at;
    common::Cell value;
    bool date = false; ///< give the cell a date format
};

/// Merges returned hand-outs into the master (DESIGN §6), file by file, in the core: the
/// UNO layer then applies writes() to the master document (one undo step in Calc) and the
/// CLI stores it as OUT. Rules, per returned Actuals (Deliveries) row:
/// - KPI (request) unknown to the master, or a KPI/period (request/period) the hand-out of
///   the file's department and period did not contain → Unknown (listed, not merged);
/// - a KPI of another department (a request another department provides) → refused;
/// - a Value (Delivered on) cell that holds a formula → RefusedFormula: what it computes
///   depends on cells and links of the returned file, so only typed values are merged;
/// - a Value that is not a number (Delivered on not a date) → RefusedInvalid;
/// - an empty returned cell → Empty;
/// - the master has no row for it → a new row is appended (KPI, Period, Value; Request,
///   Period, Delivered on), Filled; its empty cell → Filled; the same value (numbers
///   within 1e-9 relative) → Unchanged; another value → Conflict (master kept) or, with
///   takeReturned, ConflictTaken (returned value written).
/// A returned Comment/Note fills an empty master Comment/Note of a row that was filled or
/// unchanged; it never overrides one. A file without this master's stamp is refused whole.
/// Merging the same files again changes nothing: every value already merged is Unchanged.
class Merge {
public:
    /// Reads the master's tables from its sheets. Throws what model::Reader::read throws
    /// (a missing required table or column).
    Merge(const model::Reader& reader, const std::vector<model::RawSheet>& masterSheets,
          const common::CivilDate& masterNullDate, const std::string& declaredMasterId,
          bool takeReturned);

    /// Merges one returned file: its stamp (nullopt when it has none), its sheets, its
    /// null date and its formula cells (of any sheet). Returns what happened to it: a copy of
    /// what files() keeps (a reference into files() would dangle after the next add()).
    FileResult add(const std::string& file, const std::optional<Stamp>& stamp,
                   const std::vector<model::RawSheet>& sheets, const common::CivilDate& nullDate,
                   const std::vector<FormulaCell>& formulas = {});

    /// Records a returned file that could not be read at all (status Unreadable or
    /// Password): refused whole, nothing merged. Returns a copy of its result.
    FileResult refuse(const std::string& file, FileStatus status);

    const model::Workbook& master() const { return _master; }
    const std::string& masterId() const { return _masterId; }
    const Table& actuals() const { return _actuals; }
    const Table& deliveries() const { return _deliveries; }
    /// Every master cell to write, in order (a later write to the same cell wins).
    const std::vector<CellWrite>& writes() const { return _writes; }
    const std::vector<FileResult>& files() const { return _files; }

private:
    void mergeRow(FileResult& result, const Table& returned, const TableRow& row,
                  const std::vector<std::pair<std::string, model::Period>>& handedOut,
                  const std::vector<FormulaCell>& formulas);
    void write(Table& table, TableRow& masterRow, double value);
    TableRow& append(Table& table, const std::string& key, const model::Period& period);

    const model::Reader& _reader;
    model::Workbook _master;
    std::string _masterId;
    long _nullDay;
    bool _takeReturned;
    Table _actuals;
    Table _deliveries;
    std::vector<CellWrite> _writes;
    std::vector<FileResult> _files;
};

} // namespace concord::core::share
