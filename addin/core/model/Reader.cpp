#include "core/model/Reader.hpp"

#include "core/common/Error.hpp"
#include "core/common/NumberText.hpp"
#include "core/model/ReaderConverter.hpp"
#include "core/model/ReaderCycles.hpp"
#include "core/model/ReaderKeys.hpp"
#include "core/model/ReaderTable.hpp"
#include "core/model/ReaderText.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

namespace concord::core::model {

namespace {

const double defaultWeight = 1;
/// DESIGN §3: Amber from / Green from default to 0.7 / 0.95.
const double defaultAmberFrom = 0.7;
const double defaultGreenFrom = 0.95;
/// Joins the ids of a parent cycle: "A → B → A".
const char* const chainArrow = " \xE2\x86\x92 ";

/// Baseline, Amber from and Green from of 0 count as not given, as in the sheet functions.
std::optional<double> given(const double* value) {
    if (value && *value != 0)
        return *value;
    return std::nullopt;
}

std::optional<double> given(const std::optional<double>& value) {
    return given(value ? &*value : nullptr);
}

template <typename T> std::optional<T> optionalOf(const T* value) {
    return value ? std::optional<T>(*value) : std::nullopt;
}

std::string number(double value) {
    return common::NumberText::typed(value);
}

/// The period of `frequency` a Period cell names: the one containing its date, or the last
/// day of the period it spells.
Period inFrequency(const ReaderValue& value, Frequency frequency) {
    if (const long* day = std::get_if<long>(&value))
        return Period::containing(frequency, *day);
    return Period::containing(frequency, std::get<Period>(value).lastDay());
}

/// The Due day a date gives a recurring request: its ISO weekday (1 Monday … 7 Sunday) for
/// week, else its day of the month.
int dayOfPeriod(long day, Frequency frequency) {
    if (frequency == Frequency::Week)
        return static_cast<int>(day - Period::containing(Frequency::Week, day).firstDay()) + 1;
    return common::civilFromDays(day).day;
}

/// One number per (row index, period of one frequency): years 0–9999 take 14 bits and
/// period indexes 1–53 take 6.
std::uint64_t periodKey(std::size_t index, const Period& period) {
    return (static_cast<std::uint64_t>(index) << 20) |
           (static_cast<std::uint64_t>(period.year) << 6) |
           static_cast<std::uint64_t>(period.index);
}

bool isEmptySheet(const common::Grid& cells) {
    for (std::size_t r = 0; r < cells.rows(); ++r)
        for (std::size_t c = 0; c < cells.cols(); ++c)
            if (!ReaderText::cell(cells.at(r, c)).empty())
                return false;
    return true;
}

/// Checks a reference cell against the keys of the table it names. An unknown key is a
/// problem; a key whose row was left out leaves this row out too when the reference is
/// required, and is kept as written when it is optional.
void checkReference(ReaderTable& table, ReaderRow& row, std::size_t column, const ReaderKeys& keys,
                    const char* unknownId, bool required) {
    const std::string& key = table.text(row, column);
    if (key.empty())
        return;
    switch (keys.state(key)) {
    case ReaderKeys::State::Unknown:
        table.reject(row, column, unknownId, {key});
        break;
    case ReaderKeys::State::LeftOut:
        if (required)
            row.ok = false;
        break;
    case ReaderKeys::State::Valid:
        break;
    }
}

/// Leaves out every row (still read) whose Parent chain comes back to itself.
void rejectCycles(ReaderTable& table, std::size_t idColumn, std::size_t parentColumn) {
    std::map<std::string, std::string> parentOf;
    for (const ReaderRow& row : table.rows())
        if (row.ok && !table.text(row, parentColumn).empty())
            parentOf[table.text(row, idColumn)] = table.text(row, parentColumn);
    const auto cycles = ReaderCycles::find(parentOf);
    for (ReaderRow& row : table.rows()) {
        const auto cycle = row.ok ? cycles.find(table.text(row, idColumn)) : cycles.end();
        if (cycle == cycles.end())
            continue;
        std::string chain;
        for (const std::string& id : cycle->second)
            chain += (chain.empty() ? "" : chainArrow) + id;
        table.reject(row, parentColumn, "input.parent_cycle", {cycle->first, chain});
    }
}

/// A target (the KPI's, or a period's plan) against the baseline in the direction: the
/// attainment of DESIGN §4 must be computable.
void checkTarget(ReaderTable& table, ReaderRow& row, std::size_t column, double target,
                 std::optional<double> baseline, kpi::Direction direction) {
    if (!baseline) {
        if (target == 0)
            table.reject(row, column, "input.target_zero", {});
    } else if (target == *baseline) {
        table.reject(row, column, "input.target_equals_baseline", {number(*baseline)});
    } else if (direction == kpi::Direction::Up && target < *baseline) {
        table.reject(row, column, "input.up_target_below_baseline",
                     {number(target), number(*baseline)});
    } else if (direction == kpi::Direction::Down && target > *baseline) {
        table.reject(row, column, "input.down_target_above_baseline",
                     {number(target), number(*baseline)});
    }
}

/// The positions of the columns a table is read by, in the order given; each is checked
/// against the type tables.json gives it (ReaderTable::column).
struct ColumnUse {
    const char* id;
    ColumnType type;
};
using T = ColumnType; // short, so that a table's columns read as one list

constexpr ColumnUse use(const char* id, ColumnType type) {
    return {id, type};
}

template <std::size_t N>
std::array<std::size_t, N> columns(const ReaderTable& table, const ColumnUse (&uses)[N]) {
    std::array<std::size_t, N> out{};
    for (std::size_t i = 0; i < N; ++i)
        out[i] = table.column(uses[i].id, uses[i].type);
    return out;
}

void readDepartments(ReaderTable& t, const ReaderKeys& keys, std::vector<Department>& out) {
    const auto [code, name, head, parent, weight] =
        columns(t, {use("code", T::Key), use("name", T::Text), use("head", T::Text),
                    use("parent", T::Key), use("weight", T::Weight)});
    for (ReaderRow& row : t.rows())
        checkReference(t, row, parent, keys, "input.unknown_department", false);
    rejectCycles(t, code, parent);
    for (const ReaderRow& row : t.rows())
        if (row.ok)
            out.push_back(
                {t.text(row, code), t.text(row, name), t.text(row, head), t.text(row, parent),
                 optionalOf(t.get<double>(row, weight)).value_or(defaultWeight), t.rowStart(row)});
}

void readGoals(ReaderTable& t, const ReaderKeys& goals, const ReaderKeys& departments,
               const ReaderKeys& kpis, std::vector<Goal>& out) {
    const auto [id, level, department, owner, parent, text, kpi, deadline, weight] =
        columns(t, {use("id", T::Key), use("level", T::Level), use("department", T::Key),
                    use("owner", T::Text), use("parent", T::Key), use("goal", T::Text),
                    use("kpi", T::Key), use("deadline", T::Date), use("weight", T::Weight)});
    for (ReaderRow& row : t.rows()) {
        checkReference(t, row, department, departments, "input.unknown_department", false);
        checkReference(t, row, kpi, kpis, "input.unknown_kpi", false);
        checkReference(t, row, parent, goals, "input.unknown_goal", false);
    }
    rejectCycles(t, id, parent);
    for (const ReaderRow& row : t.rows()) {
        if (!row.ok)
            continue;
        Goal goal;
        goal.id = t.text(row, id);
        goal.level = optionalOf(t.get<Level>(row, level));
        goal.department = t.text(row, department);
        goal.owner = t.text(row, owner);
        goal.parent = t.text(row, parent);
        goal.text = t.text(row, text);
        goal.kpi = t.text(row, kpi);
        goal.deadline = optionalOf(t.get<long>(row, deadline));
        goal.weight = optionalOf(t.get<double>(row, weight)).value_or(defaultWeight);
        goal.at = t.rowStart(row);
        out.push_back(std::move(goal));
    }
}

void readKpis(ReaderTable& t, const ReaderKeys& departments, const ReaderKeys& goals,
              std::vector<Kpi>& out) {
    const auto [id, name, department, owner, unit, direction, baseline, target, targetMax,
                amberFrom, greenFrom, weight, frequency, goal] =
        columns(t,
                {use("id", T::Key), use("name", T::Text), use("department", T::Key),
                 use("owner", T::Text), use("unit", T::Text), use("direction", T::Direction),
                 use("baseline", T::Number), use("target", T::Number), use("target_max", T::Number),
                 use("amber_from", T::Number), use("green_from", T::Number),
                 use("weight", T::Weight), use("frequency", T::Frequency), use("goal", T::Key)});
    for (ReaderRow& row : t.rows()) {
        checkReference(t, row, department, departments, "input.unknown_department", true);
        checkReference(t, row, goal, goals, "input.unknown_goal", false);
        const double* targetValue = t.get<double>(row, target);
        if (!targetValue)
            continue; // its problem is recorded already
        Kpi kpi;
        kpi.baseline = optionalOf(t.get<double>(row, baseline));
        kpi.target = *targetValue;
        kpi.targetMax = optionalOf(t.get<double>(row, targetMax));
        const std::optional<kpi::Direction> written =
            optionalOf(t.get<kpi::Direction>(row, direction));
        const std::optional<double> base = given(kpi.baseline);
        kpi.direction = written.value_or(base && kpi.target < *base ? kpi::Direction::Down
                                                                    : kpi::Direction::Up);
        if (kpi.direction == kpi::Direction::Range) {
            if (!kpi.targetMax)
                t.reject(row, t.has(targetMax) ? targetMax : direction, "input.range_without_max",
                         {});
            else if (*kpi.targetMax < kpi.target)
                t.reject(row, targetMax, "input.range_reversed",
                         {number(*kpi.targetMax), number(kpi.target)});
        } else {
            checkTarget(t, row, target, kpi.target, base, kpi.direction);
        }
        kpi.amberFrom = optionalOf(t.get<double>(row, amberFrom));
        kpi.greenFrom = optionalOf(t.get<double>(row, greenFrom));
        const double amber = given(kpi.amberFrom).value_or(defaultAmberFrom);
        const double green = given(kpi.greenFrom).value_or(defaultGreenFrom);
        if (amber > green)
            t.reject(row, given(kpi.amberFrom) ? amberFrom : greenFrom, "input.amber_above_green",
                     {number(amber), number(green)});
        if (!row.ok)
            continue;
        kpi.id = t.text(row, id);
        kpi.name = t.text(row, name);
        kpi.department = t.text(row, department);
        kpi.owner = t.text(row, owner);
        kpi.unit = t.text(row, unit);
        kpi.weight = optionalOf(t.get<double>(row, weight)).value_or(defaultWeight);
        kpi.frequency = optionalOf(t.get<Frequency>(row, frequency)).value_or(Frequency::Month);
        kpi.goal = t.text(row, goal);
        kpi.at = t.rowStart(row);
        out.push_back(std::move(kpi));
    }
}

void readActuals(ReaderTable& t, const ReaderKeys& kpiKeys, const std::vector<Kpi>& kpis,
                 std::vector<Actual>& out) {
    const auto [kpi, period, value, target, comment] =
        columns(t, {use("kpi", T::Key), use("period", T::Period), use("value", T::Number),
                    use("target", T::Number), use("comment", T::Text)});
    std::unordered_map<std::string, std::size_t> kpiOf; // id → index in kpis
    kpiOf.reserve(kpis.size());
    for (std::size_t i = 0; i < kpis.size(); ++i)
        kpiOf.emplace(kpis[i].id, i);
    // (KPI index, period) → 1-based sheet row of its first value
    std::unordered_map<std::uint64_t, std::size_t> firstRow;
    firstRow.reserve(t.rows().size());
    out.reserve(t.rows().size());
    for (ReaderRow& row : t.rows()) {
        checkReference(t, row, kpi, kpiKeys, "input.unknown_kpi", true);
        const auto found = kpiOf.find(t.text(row, kpi));
        if (found == kpiOf.end() || std::holds_alternative<std::monostate>(row.values[period]))
            continue;
        const Kpi& owner = kpis[found->second];
        Actual actual;
        actual.kpi = owner.id;
        actual.period = inFrequency(row.values[period], owner.frequency);
        actual.target = optionalOf(t.get<double>(row, target));
        if (actual.target && owner.direction == kpi::Direction::Range) {
            if (owner.targetMax && *actual.target > *owner.targetMax)
                t.reject(row, target, "input.range_reversed",
                         {number(*owner.targetMax), number(*actual.target)});
        } else if (actual.target) {
            checkTarget(t, row, target, *actual.target, given(owner.baseline), owner.direction);
        }
        if (!row.ok)
            continue;
        const auto [first, inserted] =
            firstRow.emplace(periodKey(found->second, actual.period), row.row + 1);
        if (!inserted) {
            t.reject(row, period, "input.duplicate_actual",
                     {owner.id, actual.period.label(), std::to_string(first->second)});
            continue;
        }
        actual.value = *t.get<double>(row, value);
        actual.comment = t.text(row, comment);
        actual.at = t.rowStart(row);
        out.push_back(std::move(actual));
    }
}

void readRequests(ReaderTable& t, const ReaderKeys& departments, std::vector<Request>& out) {
    const auto [id, from, to, what, why, format, frequency, dueDay, responsible, agreed] =
        columns(t, {use("id", T::Key), use("from", T::Key), use("to", T::Key), use("what", T::Text),
                    use("why", T::Text), use("format", T::Text), use("frequency", T::Frequency),
                    use("due_day", T::Day), use("responsible", T::Text), use("agreed", T::Agreed)});
    for (ReaderRow& row : t.rows()) {
        checkReference(t, row, from, departments, "input.unknown_department", true);
        checkReference(t, row, to, departments, "input.unknown_department", true);
        Request request;
        request.frequency = optionalOf(t.get<Frequency>(row, frequency)).value_or(Frequency::Month);
        request.dueDay = optionalOf(t.get<int>(row, dueDay));
        request.dueDate = optionalOf(t.get<long>(row, dueDay));
        if (request.dueDate && request.frequency != Frequency::Once)
            request.dueDay = dayOfPeriod(*request.dueDate, request.frequency);
        if (request.frequency == Frequency::Week && request.dueDay && *request.dueDay > 7)
            t.reject(row, dueDay, "input.not_a_weekday", {std::to_string(*request.dueDay)});
        if (request.frequency == Frequency::Once && !request.dueDate)
            t.reject(row, t.has(dueDay) ? dueDay : frequency, "input.once_without_date",
                     {t.text(row, id)});
        if (!row.ok)
            continue;
        request.id = t.text(row, id);
        request.from = t.text(row, from);
        request.to = t.text(row, to);
        request.what = t.text(row, what);
        request.why = t.text(row, why);
        request.format = t.text(row, format);
        request.responsible = t.text(row, responsible);
        request.agreed = optionalOf(t.get<bool>(row, agreed)).value_or(false);
        request.at = t.rowStart(row);
        out.push_back(std::move(request));
    }
}

void readDeliveries(ReaderTable& t, const ReaderKeys& requestKeys,
                    const std::vector<Request>& requests, std::vector<Delivery>& out) {
    const auto [request, period, deliveredOn, note] =
        columns(t, {use("request", T::Key), use("period", T::Period), use("delivered_on", T::Date),
                    use("note", T::Text)});
    std::unordered_map<std::string, const Request*> requestOf;
    for (const Request& r : requests)
        requestOf.emplace(r.id, &r);
    for (ReaderRow& row : t.rows()) {
        checkReference(t, row, request, requestKeys, "input.unknown_request", true);
        const auto found = requestOf.find(t.text(row, request));
        if (!row.ok || found == requestOf.end())
            continue;
        Delivery delivery;
        delivery.request = found->second->id;
        delivery.period = inFrequency(row.values[period], found->second->frequency);
        delivery.deliveredOn = optionalOf(t.get<long>(row, deliveredOn));
        delivery.note = t.text(row, note);
        delivery.at = t.rowStart(row);
        out.push_back(std::move(delivery));
    }
}

/// Problems in the order a user reads the workbook: by sheet, row, column.
void sortProblems(std::vector<Problem>& problems, const std::vector<RawSheet>& sheets) {
    std::map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < sheets.size(); ++i)
        order.emplace(sheets[i].name, i);
    std::stable_sort(problems.begin(), problems.end(), [&](const Problem& a, const Problem& b) {
        const std::size_t sheetA = order[a.at.sheet];
        const std::size_t sheetB = order[b.at.sheet];
        if (sheetA != sheetB)
            return sheetA < sheetB;
        return a.at.row != b.at.row ? a.at.row < b.at.row : a.at.col < b.at.col;
    });
}

} // namespace

Reader::Reader(TableSchema schema, common::Words words, Messages messages)
    : _schema(std::move(schema)), _words(std::move(words)), _messages(std::move(messages)) {}

Reader Reader::load(const std::string& dataDir) {
    // One file after the other, so that the first missing one is the one reported.
    TableSchema schema = TableSchema::load(dataDir + "/tables.json");
    common::Words words = common::Words::load(dataDir + "/words.json");
    Messages messages = Messages::load(dataDir + "/messages.json");
    return Reader(std::move(schema), std::move(words), std::move(messages));
}

Workbook Reader::read(const std::vector<RawSheet>& sheets, const common::CivilDate& nullDate,
                      common::Language language) const {
    std::vector<Problem> problems;
    // The first sheet of each table; an entirely empty sheet of an optional table is none.
    std::map<std::string, const RawSheet*> sheetOf;
    for (const RawSheet& sheet : sheets) {
        const TableSpec* table = _schema.findSheet(sheet.name);
        if (!table || (!table->required && isEmptySheet(sheet.cells)))
            continue;
        const auto [first, inserted] = sheetOf.emplace(table->id, &sheet);
        if (!inserted)
            problems.push_back(ReaderTable::problem(sheet.name, 0, 0, "input.repeated_table",
                                                    {first->second->name}));
    }
    for (const TableSpec& table : _schema.tables())
        if (table.required && !sheetOf.count(table.id))
            throw common::Error(
                common::Error::Category::Input, "input.missing_table",
                _messages.text("input.missing_table", {table.en, table.ru}, language));
    std::map<std::string, HeaderMap> headers;
    for (const TableSpec& table : _schema.tables()) {
        const auto sheet = sheetOf.find(table.id);
        if (sheet == sheetOf.end())
            continue;
        HeaderMap map = TableSchema::mapHeaders(table, sheet->second->cells);
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            if (table.columns[c].required && !map.columns[c])
                throw common::Error(
                    common::Error::Category::Input, "input.missing_column",
                    _messages.text("input.missing_column",
                                   {sheet->second->name, table.columns[c].en, table.columns[c].ru},
                                   language));
        headers.emplace(table.id, std::move(map));
    }

    const ReaderConverter converter(_words, nullDate);
    std::map<std::string, ReaderTable> tables;
    for (const TableSpec& table : _schema.tables()) {
        const auto sheet = sheetOf.find(table.id);
        if (sheet == sheetOf.end())
            tables.emplace(table.id, ReaderTable(table));
        else
            tables.emplace(table.id, ReaderTable(table, *sheet->second, headers.at(table.id),
                                                 converter, problems));
    }
    ReaderTable& departments = tables.at("departments");
    ReaderTable& goals = tables.at("goals");
    ReaderTable& kpis = tables.at("kpis");
    ReaderTable& requests = tables.at("requests");
    // Every key first: references are checked against all rows that have an ID.
    const ReaderKeys departmentKeys(departments, departments.column("code", ColumnType::Key));
    const ReaderKeys goalKeys(goals, goals.column("id", ColumnType::Key));
    const ReaderKeys kpiKeys(kpis, kpis.column("id", ColumnType::Key));
    const ReaderKeys requestKeys(requests, requests.column("id", ColumnType::Key));

    // In the order of required references: a row needs the final state of what it names.
    Workbook workbook;
    readDepartments(departments, departmentKeys, workbook.departments);
    readGoals(goals, goalKeys, departmentKeys, kpiKeys, workbook.goals);
    readKpis(kpis, departmentKeys, goalKeys, workbook.kpis);
    readActuals(tables.at("actuals"), kpiKeys, workbook.kpis, workbook.actuals);
    readRequests(requests, departmentKeys, workbook.requests);
    readDeliveries(tables.at("deliveries"), requestKeys, workbook.requests, workbook.deliveries);
    sortProblems(problems, sheets);
    workbook.problems = std::move(problems);
    return workbook;
}

Workbook readWorkbook(const std::vector<RawSheet>& sheets, const common::CivilDate& nullDate,
                      const std::string& dataDir, common::Language language) {
    return Reader::load(dataDir).read(sheets, nullDate, language);
}

} // namespace concord::core::model
