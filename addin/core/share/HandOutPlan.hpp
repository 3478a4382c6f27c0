#pragma once

#include "core/model/Period.hpp"
#include "core/model/Workbook.hpp"
#include "core/share/Stamp.hpp"
#include "core/share/Table.hpp"

#include <optional>
#include <string>
#include <vector>

namespace concord::core::share {

/// One Actuals row handed out: KPI, its period and the plan filled in, Value left empty.
struct HandOutActual {
    std::string kpi;
    std::string name;
    std::string unit;
    model::Period period;
    /// The plan: the master's Actuals row's Target for that KPI and period when it has one,
    /// else the KPI's Target.
    double plan = 0;
};

/// One Deliveries row handed out: a request the department provides whose due date lies
/// in the period; Delivered on left empty.
struct HandOutDelivery {
    std::string request;
    std::string from; ///< the department that needs it
    std::string what;
    model::Period period; ///< in the request's frequency
    long due = 0;         ///< the due date (day number)
};

/// Everything one department's hand-out holds (DESIGN §6 "Sharing the workbook").
struct HandOut {
    std::string department; ///< code
    std::string name;
    std::string head;
    model::Period period;
    long returnBy = 0; ///< day number: the period's last day + returnDays
    std::vector<HandOutActual> actuals;
    std::vector<HandOutDelivery> deliveries;
    /// IDs of the requests the department is part of (From or To), in the table's order:
    /// the read-only copy of its requests.
    std::vector<std::string> requests;
    Stamp stamp;
};

/// Which rows go out to a department for a period. Decisions (README "Sharing across
/// departments"):
/// - Actuals: every KPI of the department, once per period of the KPI's own frequency that
///   ends within P (a monthly P of December hands out the December value of monthly KPIs,
///   the Q4 value of quarterly ones and the 2026 value of yearly ones; a quarterly P hands
///   out its three months); KPIs of frequency once are not handed out.
/// - Deliveries: every request the department provides (To), agreed or not, once per
///   period of its frequency whose due date (report::dueDate) lies within P.
/// - The hand-out is due back returnDays after P's last day.
class HandOutPlan {
public:
    static constexpr long returnDays = 5;

    /// The hand-out of one department. masterActuals is the master's Actuals table (for the
    /// plans of rows already there). Throws Error "share.unknown_department" (value: the
    /// code) when the workbook has no such department.
    static HandOut make(const model::Workbook& master, const Table& masterActuals,
                        const std::string& department, const model::Period& period,
                        const std::string& masterId);

    /// make() for every department, in the Departments table's order.
    static std::vector<HandOut> all(const model::Workbook& master, const Table& masterActuals,
                                    const model::Period& period, const std::string& masterId);

    /// SHA-1 of the rows handed out: one line per Actuals row (KPI, period, plan) and per
    /// Deliveries row (request, period, due date).
    static std::string rowsHash(const HandOut& handOut);
};

} // namespace concord::core::share
