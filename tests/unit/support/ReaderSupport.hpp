#pragma once

// Shared by the reader tests: in-memory sheets cell by cell and a compact view of
// the problems the reader reports.

#include "core/common/CivilDate.hpp"
#include "core/common/Error.hpp"
#include "core/model/Reader.hpp"
#include "core/model/ReaderText.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace readertest {

using concord::core::common::Cell;
using concord::core::common::Grid;
using concord::core::model::Problem;
using concord::core::model::RawSheet;
using concord::core::model::Reader;
using concord::core::model::Workbook;
using Row = std::vector<Cell>;

/// A sheet from rows of cells (shorter rows are padded with empty cells).
inline RawSheet sheet(const std::string& name, const std::vector<Row>& rows) {
    std::size_t cols = 1;
    for (const Row& row : rows)
        cols = std::max(cols, row.size());
    RawSheet raw{name, Grid(std::max<std::size_t>(rows.size(), 1), cols)};
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            raw.cells.at(r, c) = rows[r][c];
    return raw;
}

/// A cell as the reader's problems show it (for traces).
inline std::string textOf(const Cell& cell) {
    return concord::core::model::ReaderText::cell(cell);
}

/// Two departments: S (Sales, weight 2) and M (Marketing, under S).
inline RawSheet departments() {
    return sheet("Departments", {{"Code", "Name", "Head", "Parent", "Weight"},
                                 {"S", "Sales", "Anna", {}, 2.0},
                                 {"M", "Marketing", "Boris", "S", {}}});
}

/// One monthly KPI K1 of Sales: leads, up, target 100.
inline RawSheet kpis() {
    return sheet("KPIs", {{"ID", "Name", "Department", "Target"}, {"K1", "Leads", "S", 100.0}});
}

/// The reader over the shipped data files, loaded once.
inline const Reader& reader() {
    static const Reader shipped = Reader::load(CONCORD_DATA_DIR);
    return shipped;
}

/// Reads the sheets with Calc's default null date 1899-12-30 (serial 25569 = 1970-01-01).
inline Workbook read(const std::vector<RawSheet>& sheets) {
    return reader().read(sheets, {1899, 12, 30});
}

/// "KPIs!D2 input.not_a_number abc" per problem: sheet, cell, id and arguments.
inline std::vector<std::string> problems(const Workbook& workbook) {
    std::vector<std::string> out;
    for (const Problem& problem : workbook.problems) {
        std::string line = problem.at.sheet + "!" + problem.at.address() + " " + problem.id;
        for (const std::string& arg : problem.args)
            line += " " + arg;
        out.push_back(line);
    }
    return out;
}

inline std::string number(const std::optional<double>& value) {
    if (!value)
        return "-";
    std::ostringstream out;
    out << *value;
    return out.str();
}

inline std::string date(const std::optional<long>& day) {
    if (!day)
        return "-";
    std::ostringstream out;
    out << concord::core::common::civilFromDays(*day);
    return out.str();
}

inline const char* name(concord::core::model::Frequency frequency) {
    using concord::core::model::Frequency;
    switch (frequency) {
    case Frequency::Once:
        return "once";
    case Frequency::Week:
        return "week";
    case Frequency::Month:
        return "month";
    case Frequency::Quarter:
        return "quarter";
    case Frequency::Year:
        return "year";
    }
    return "?";
}

inline const char* name(concord::core::kpi::Direction direction) {
    using concord::core::kpi::Direction;
    return direction == Direction::Up ? "up" : direction == Direction::Down ? "down" : "range";
}

inline const char* name(const std::optional<concord::core::model::Level>& level) {
    using concord::core::model::Level;
    if (!level)
        return "-";
    return *level == Level::Company      ? "company"
           : *level == Level::Department ? "department"
                                         : "person";
}

/// Every row the workbook holds, one line each, fields separated by '|' (no cell refs).
inline std::vector<std::string> describe(const Workbook& w) {
    std::vector<std::string> out;
    for (const auto& d : w.departments)
        out.push_back("dept " + d.code + "|" + d.name + "|" + d.head + "|parent=" + d.parent +
                      "|w=" + number(d.weight));
    for (const auto& g : w.goals)
        out.push_back("goal " + g.id + "|" + name(g.level) + "|dept=" + g.department + "|" +
                      g.owner + "|parent=" + g.parent + "|" + g.text + "|kpi=" + g.kpi + "|" +
                      date(g.deadline) + "|w=" + number(g.weight));
    for (const auto& k : w.kpis)
        out.push_back("kpi " + k.id + "|" + k.name + "|" + k.department + "|" + k.owner + "|" +
                      k.unit + "|" + name(k.direction) + "|base=" + number(k.baseline) +
                      "|target=" + number(k.target) + "|max=" + number(k.targetMax) +
                      "|amber=" + number(k.amberFrom) + "|green=" + number(k.greenFrom) +
                      "|w=" + number(k.weight) + "|" + name(k.frequency) + "|goal=" + k.goal);
    for (const auto& a : w.actuals)
        out.push_back("actual " + a.kpi + "|" + a.period.label() + "|" + number(a.value) +
                      "|plan=" + number(a.target) + "|" + a.comment);
    for (const auto& r : w.requests)
        out.push_back("request " + r.id + "|" + r.from + ">" + r.to + "|" + r.what + "|" + r.why +
                      "|" + r.format + "|" + name(r.frequency) +
                      "|due=" + (r.dueDay ? std::to_string(*r.dueDay) : "-") + "|" + r.responsible +
                      "|" + (r.agreed ? "agreed" : "not agreed"));
    for (const auto& d : w.deliveries)
        out.push_back("delivery " + d.request + "|" + d.period.label() + "|" + date(d.deliveredOn) +
                      "|" + d.note);
    return out;
}

/// Checks that the call throws concord::core::common::Error with the id and exact what().
inline void expectError(const std::function<void()>& call, const std::string& id,
                        const std::string& what) {
    try {
        call();
        ADD_FAILURE() << "no Error thrown";
    } catch (const concord::core::common::Error& e) {
        EXPECT_EQ(id, e.id());
        EXPECT_EQ(what, e.what());
    }
}

} // namespace readertest
