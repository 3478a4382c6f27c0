#pragma once

#include "core/kpi/Direction.hpp"
#include "core/model/Frequency.hpp"
#include "core/model/Level.hpp"
#include "core/model/Period.hpp"

#include <optional>
#include <string>
#include <vector>

namespace concord::core::model {

/// Where a value came from: sheet name and 0-based row/column in that sheet.
struct CellRef {
    std::string sheet;
    int row = 0;
    int col = 0;
    /// "B7" (1-based row, letters for the column).
    std::string address() const;
};

/// One input problem (DESIGN §2): where, a stable message id from messages.json, and the
/// values to put into that message ({1}, {2}…). Rendered in en or ru by Messages.
struct Problem {
    CellRef at;
    std::string id;
    std::vector<std::string> args;
};

struct Department {
    std::string code;
    std::string name;
    std::string head;
    std::string parent; ///< code of the parent department, or empty
    double weight = 1;
    CellRef at; ///< the row's first cell
};

struct Goal {
    std::string id;
    std::optional<Level> level;
    std::string department; ///< code, or empty
    std::string owner;
    std::string parent; ///< goal id, or empty
    std::string text;
    std::string kpi;              ///< KPI id, or empty
    std::optional<long> deadline; ///< day number
    double weight = 1;
    CellRef at;
};

struct Kpi {
    std::string id;
    std::string name;
    std::string department; ///< code
    std::string owner;
    std::string unit;
    kpi::Direction direction = kpi::Direction::Up;
    std::optional<double> baseline;
    double target = 0;
    std::optional<double> targetMax; ///< range KPIs only
    std::optional<double> amberFrom;
    std::optional<double> greenFrom;
    double weight = 1;
    Frequency frequency = Frequency::Month;
    std::string goal; ///< goal id, or empty
    CellRef at;
};

/// One Actuals row, its period already expressed in the KPI's own frequency.
struct Actual {
    std::string kpi;
    Period period;
    double value = 0;
    std::optional<double> target; ///< the plan for that period; overrides the KPI's target
    std::string comment;
    CellRef at;
};

struct Request {
    std::string id;
    std::string from; ///< department code that needs it
    std::string to;   ///< department code that provides it
    std::string what;
    std::string why;
    std::string format;
    Frequency frequency = Frequency::Month;
    /// Day of month (month/quarter/year) or weekday 1–7 (week); for a recurring request
    /// whose Due day holds a date, that date's day of month (its ISO weekday for week).
    std::optional<int> dueDay;
    /// The due date itself (day number) when Due day holds a date: the one period of a
    /// once request ends there; a recurring request takes only its dueDay from it.
    std::optional<long> dueDate;
    std::string responsible;
    bool agreed = false;
    CellRef at;
};

/// One Deliveries row, its period in the request's frequency. No date: not a delivery.
struct Delivery {
    std::string request;
    Period period;
    std::optional<long> deliveredOn; ///< day number
    std::string note;
    CellRef at;
};

/// The six input tables after validation: only valid rows, plus every problem found.
struct Workbook {
    std::vector<Department> departments;
    std::vector<Goal> goals;
    std::vector<Kpi> kpis;
    std::vector<Actual> actuals;
    std::vector<Request> requests;
    std::vector<Delivery> deliveries;
    std::vector<Problem> problems;
};

} // namespace concord::core::model
