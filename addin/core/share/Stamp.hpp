#pragma once

#include "core/model/Workbook.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace concord::core::share {

/// What a hand-out carries in its document properties (user-defined properties) so that
/// collect knows it: which master it came from, for which department and period, and a
/// hash of the rows it handed out.
///
/// The master id is the master's own "ConcordMasterId" property when it has one (a text
/// the PMO may set to tie a workbook to its copies); otherwise the SHA-1 of the master's
/// Departments (code, name) and KPIs (ID, department) rows in order. So a copy of the same
/// master (the collected OUT, next month's file) keeps its id, and another company's
/// workbook has another; adding a department or KPI to the master between hand-out and
/// collect makes the old hand-outs "of another master" (hand them out again).
struct Stamp {
    std::string masterId;
    std::string department; ///< the department code
    std::string period;     ///< the period label ("2026-12")
    std::string rowsHash;   ///< SHA-1 (hex) of the rows handed out (HandOutPlan)

    /// The document property names, in order: ConcordShareMaster, ConcordShareDepartment,
    /// ConcordSharePeriod, ConcordShareRows.
    static const std::vector<std::string>& propertyNames();
    /// The property of the master that overrides the computed master id.
    static const char* masterIdProperty();

    /// The four properties (name, value) in propertyNames() order.
    std::vector<std::pair<std::string, std::string>> properties() const;
    /// The stamp the properties hold; nullopt when any of the four is missing or empty.
    static std::optional<Stamp>
    fromProperties(const std::map<std::string, std::string>& properties);

    /// The master id of a workbook: declared (its ConcordMasterId) when not empty, else the
    /// hash described above.
    static std::string masterIdOf(const model::Workbook& master, const std::string& declared);

    /// SHA-1 of text, 40 lower-case hex digits.
    static std::string sha1(const std::string& text);
};

} // namespace concord::core::share
