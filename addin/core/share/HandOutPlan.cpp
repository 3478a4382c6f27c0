#include "core/share/HandOutPlan.hpp"

#include "core/common/Error.hpp"
#include "core/common/NumberText.hpp"
#include "core/report/DueDate.hpp"

#include <algorithm>

namespace concord::core::share {

namespace {

using model::Frequency;
using model::Period;

/// The periods of `frequency` that end within P.
std::vector<Period> endingWithin(Frequency frequency, const Period& p) {
    std::vector<Period> out;
    if (frequency == Frequency::Once)
        return out;
    for (Period k = Period::containing(frequency, p.firstDay()); k.firstDay() <= p.lastDay();
         k = k.next())
        if (k.lastDay() >= p.firstDay() && k.lastDay() <= p.lastDay())
            out.push_back(k);
    return out;
}

/// The periods of the request whose due date lies within P, with that date.
std::vector<std::pair<Period, long>> dueWithin(const model::Request& request, const Period& p) {
    std::vector<std::pair<Period, long>> out;
    const auto inside = [&](long day) { return day >= p.firstDay() && day <= p.lastDay(); };
    if (request.frequency == Frequency::Once) {
        if (request.dueDate && inside(*request.dueDate))
            out.emplace_back(Period::containing(Frequency::Once, *request.dueDate),
                             *request.dueDate);
        return out;
    }
    for (Period k = Period::containing(request.frequency, p.firstDay());
         k.firstDay() <= p.lastDay(); k = k.next()) {
        const std::optional<long> due = report::dueDate(k, request.dueDay);
        if (due && inside(*due))
            out.emplace_back(k, *due);
    }
    return out;
}

} // namespace

HandOut HandOutPlan::make(const model::Workbook& master, const Table& masterActuals,
                          const std::string& department, const Period& period,
                          const std::string& masterId) {
    const auto found =
        std::find_if(master.departments.begin(), master.departments.end(),
                     [&](const model::Department& d) { return d.code == department; });
    if (found == master.departments.end())
        throw common::Error(common::Error::Category::Argument, "share.unknown_department",
                            "no department has the code \"" + department + "\"", department);
    HandOut out;
    out.department = found->code;
    out.name = found->name;
    out.head = found->head;
    out.period = period;
    out.returnBy = period.lastDay() + returnDays;
    for (const model::Kpi& kpi : master.kpis) {
        if (kpi.department != department)
            continue;
        for (const Period& k : endingWithin(kpi.frequency, period)) {
            HandOutActual row{kpi.id, kpi.name, kpi.unit, k, kpi.target};
            if (const TableRow* existing = masterActuals.find(kpi.id, k);
                existing && existing->plan)
                row.plan = *existing->plan;
            out.actuals.push_back(std::move(row));
        }
    }
    for (const model::Request& request : master.requests) {
        if (request.from == department || request.to == department)
            out.requests.push_back(request.id);
        if (request.to != department)
            continue;
        for (const auto& [k, due] : dueWithin(request, period))
            out.deliveries.push_back({request.id, request.from, request.what, k, due});
    }
    out.stamp = Stamp{masterId, department, period.label(), rowsHash(out)};
    return out;
}

std::vector<HandOut> HandOutPlan::all(const model::Workbook& master, const Table& masterActuals,
                                      const Period& period, const std::string& masterId) {
    std::vector<HandOut> out;
    for (const model::Department& department : master.departments)
        out.push_back(make(master, masterActuals, department.code, period, masterId));
    return out;
}

std::string HandOutPlan::rowsHash(const HandOut& handOut) {
    std::string text;
    for (const HandOutActual& row : handOut.actuals)
        text += "A\t" + row.kpi + "\t" + row.period.label() + "\t" +
                common::NumberText::typed(row.plan) + "\n";
    for (const HandOutDelivery& row : handOut.deliveries)
        text +=
            "D\t" + row.request + "\t" + row.period.label() + "\t" + std::to_string(row.due) + "\n";
    return Stamp::sha1(text);
}

} // namespace concord::core::share
