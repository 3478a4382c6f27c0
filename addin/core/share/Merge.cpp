#include "core/share/Merge.hpp"

#include "core/share/HandOutPlan.hpp"

#include <algorithm>
#include <cmath>

namespace concord::core::share {

namespace {

using model::Period;

bool same(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

const model::Kpi* findKpi(const model::Workbook& workbook, const std::string& id) {
    for (const model::Kpi& kpi : workbook.kpis)
        if (kpi.id == id)
            return &kpi;
    return nullptr;
}

const model::Request* findRequest(const model::Workbook& workbook, const std::string& id) {
    for (const model::Request& request : workbook.requests)
        if (request.id == id)
            return &request;
    return nullptr;
}

model::CellRef cell(const Table& table, std::size_t row, const std::optional<std::size_t>& col) {
    return model::CellRef{table.sheet, static_cast<int>(row), static_cast<int>(col.value_or(0))};
}

} // namespace

Merge::Merge(const model::Reader& reader, const std::vector<model::RawSheet>& masterSheets,
             const common::CivilDate& masterNullDate, const std::string& declaredMasterId,
             bool takeReturned)
    : _reader(reader), _master(reader.read(masterSheets, masterNullDate)),
      _masterId(Stamp::masterIdOf(_master, declaredMasterId)),
      _nullDay(common::daysFromCivil(masterNullDate)), _takeReturned(takeReturned) {
    _actuals = Table::read("actuals", masterSheets, reader, masterNullDate,
                           [this](const std::string& id) -> std::optional<model::Frequency> {
                               const model::Kpi* kpi = findKpi(_master, id);
                               return kpi ? std::optional(kpi->frequency) : std::nullopt;
                           });
    _deliveries = Table::read("deliveries", masterSheets, reader, masterNullDate,
                              [this](const std::string& id) -> std::optional<model::Frequency> {
                                  const model::Request* request = findRequest(_master, id);
                                  return request ? std::optional(request->frequency) : std::nullopt;
                              });
}

FileResult Merge::refuse(const std::string& file, FileStatus status) {
    FileResult result;
    result.file = file;
    result.status = status;
    _files.push_back(result);
    return result;
}

FileResult Merge::add(const std::string& file, const std::optional<Stamp>& stamp,
                      const std::vector<model::RawSheet>& sheets, const common::CivilDate& nullDate,
                      const std::vector<FormulaCell>& formulas) {
    FileResult result;
    result.file = file;
    if (!stamp) {
        result.status = FileStatus::NoStamp;
        _files.push_back(std::move(result));
        return _files.back();
    }
    result.department = stamp->department;
    result.period = stamp->period;
    const std::optional<Period> period = Period::parse(stamp->period);
    const bool knownDepartment =
        std::any_of(_master.departments.begin(), _master.departments.end(),
                    [&](const model::Department& d) { return d.code == stamp->department; });
    if (stamp->masterId != _masterId)
        result.status = FileStatus::OtherMaster;
    else if (!knownDepartment || !period)
        result.status = FileStatus::UnknownDepartment;
    if (result.status != FileStatus::Merged) {
        _files.push_back(std::move(result));
        return _files.back();
    }

    const HandOut plan =
        HandOutPlan::make(_master, _actuals, stamp->department, *period, _masterId);
    result.masterChanged = plan.stamp.rowsHash != stamp->rowsHash;
    std::vector<std::pair<std::string, Period>> actualKeys;
    for (const HandOutActual& row : plan.actuals)
        actualKeys.emplace_back(row.kpi, row.period);
    std::vector<std::pair<std::string, Period>> deliveryKeys;
    for (const HandOutDelivery& row : plan.deliveries)
        deliveryKeys.emplace_back(row.request, row.period);

    const Table returnedActuals =
        Table::read("actuals", sheets, _reader, nullDate,
                    [this](const std::string& id) -> std::optional<model::Frequency> {
                        const model::Kpi* kpi = findKpi(_master, id);
                        return kpi ? std::optional(kpi->frequency) : std::nullopt;
                    });
    const Table returnedDeliveries =
        Table::read("deliveries", sheets, _reader, nullDate,
                    [this](const std::string& id) -> std::optional<model::Frequency> {
                        const model::Request* request = findRequest(_master, id);
                        return request ? std::optional(request->frequency) : std::nullopt;
                    });
    for (const TableRow& row : returnedActuals.rows)
        mergeRow(result, returnedActuals, row, actualKeys, formulas);
    for (const TableRow& row : returnedDeliveries.rows)
        mergeRow(result, returnedDeliveries, row, deliveryKeys, formulas);
    _files.push_back(std::move(result));
    return _files.back();
}

void Merge::mergeRow(FileResult& result, const Table& returned, const TableRow& row,
                     const std::vector<std::pair<std::string, Period>>& handedOut,
                     const std::vector<FormulaCell>& formulas) {
    const bool actuals = returned.id == "actuals";
    Table& master = actuals ? _actuals : _deliveries;
    MergeLine line;
    line.table = returned.id;
    line.key = row.key;
    line.period = row.period ? row.period->label() : row.periodText;
    line.returned = row.value;
    line.returnedText = row.valueText;
    line.returnedCell = cell(returned, row.row, returned.columns.value);
    const auto finish = [&](Outcome outcome) {
        line.outcome = outcome;
        result.lines.push_back(line);
    };

    std::string owner;
    bool known = false;
    if (actuals) {
        if (const model::Kpi* kpi = findKpi(_master, row.key)) {
            known = true;
            owner = kpi->department;
        }
    } else if (const model::Request* request = findRequest(_master, row.key)) {
        known = true;
        owner = request->to;
    }
    // The master rows for this key and period: the first with a value, else the first.
    TableRow* withValue = nullptr;
    TableRow* first = nullptr;
    if (row.period)
        for (TableRow& candidate : master.rows)
            if (candidate.key == row.key && candidate.period && *candidate.period == *row.period) {
                if (!first)
                    first = &candidate;
                if (candidate.value && !withValue)
                    withValue = &candidate;
                if (candidate.value && row.value && same(*candidate.value, *row.value)) {
                    withValue = &candidate;
                    break;
                }
            }
    TableRow* target = withValue ? withValue : first;
    if (target) {
        line.masterCell = cell(master, target->row, master.columns.value);
        line.master = target->value;
    }
    if (!known || !row.period)
        return finish(Outcome::Unknown);
    if (owner != result.department) {
        line.owner = owner;
        return finish(actuals ? Outcome::RefusedForeignKpi : Outcome::RefusedForeignRequest);
    }
    if (std::find(handedOut.begin(), handedOut.end(), std::make_pair(row.key, *row.period)) ==
        handedOut.end())
        return finish(Outcome::Unknown);
    const auto formula = std::find_if(formulas.begin(), formulas.end(), [&](const FormulaCell& f) {
        return f.at.sheet == line.returnedCell.sheet && f.at.row == line.returnedCell.row &&
               f.at.col == line.returnedCell.col;
    });
    if (formula != formulas.end() && returned.columns.value) {
        line.returned.reset();
        line.returnedText = formula->formula;
        return finish(Outcome::RefusedFormula);
    }
    if (row.valueInvalid)
        return finish(Outcome::RefusedInvalid);
    if (!row.value)
        return finish(Outcome::Empty);
    if (!master.found || !master.columns.value)
        return finish(Outcome::Unknown);

    Outcome outcome;
    if (!target) {
        target = &append(master, row.key, *row.period);
        write(master, *target, *row.value);
        outcome = Outcome::Filled;
    } else if (!target->value) {
        write(master, *target, *row.value);
        outcome = Outcome::Filled;
    } else if (same(*target->value, *row.value)) {
        outcome = Outcome::Unchanged;
    } else if (_takeReturned) {
        write(master, *target, *row.value);
        outcome = Outcome::ConflictTaken;
    } else {
        outcome = Outcome::Conflict;
    }
    line.masterCell = cell(master, target->row, master.columns.value);
    if ((outcome == Outcome::Filled || outcome == Outcome::Unchanged) && !row.note.empty() &&
        target->note.empty() && master.columns.note) {
        target->note = row.note;
        _writes.push_back({cell(master, target->row, master.columns.note), row.note, false});
    }
    finish(outcome);
}

void Merge::write(Table& table, TableRow& masterRow, double value) {
    masterRow.value = value;
    const bool date = table.id == "deliveries";
    const double cellValue = date ? value - static_cast<double>(_nullDay) : value;
    _writes.push_back({cell(table, masterRow.row, table.columns.value), cellValue, date});
}

TableRow& Merge::append(Table& table, const std::string& key, const Period& period) {
    TableRow row;
    row.row = table.endRow++;
    row.key = key;
    row.period = period;
    row.periodText = period.label();
    _writes.push_back({cell(table, row.row, table.columns.key), key, false});
    if (table.columns.period)
        _writes.push_back({cell(table, row.row, table.columns.period), period.label(), false});
    table.rows.push_back(std::move(row));
    return table.rows.back();
}

} // namespace concord::core::share
