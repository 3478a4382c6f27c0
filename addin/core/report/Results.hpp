#pragma once

#include "core/common/Language.hpp"
#include "core/kpi/Status.hpp"
#include "core/model/Period.hpp"
#include "core/model/Workbook.hpp"
#include "core/report/DepartmentResult.hpp"
#include "core/report/GoalResult.hpp"
#include "core/report/History.hpp"
#include "core/report/KpiResult.hpp"
#include "core/report/RequestResult.hpp"
#include "core/report/Texts.hpp"
#include "core/smart/Analyser.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core::report {

/// The company as a whole in the chosen period.
struct CompanyResult {
    /// KPI.WEIGHTED of the department scores that exist, with the department weights.
    std::optional<double> score;
    /// KPI.STATUS(score) with the default thresholds.
    std::optional<kpi::Status> status;
    /// Indices into Report::goals of the company-level goals (Level company).
    std::vector<std::size_t> goals;
};

/// Every number of one build (DESIGN §3), computed from the valid rows of a Workbook for one
/// period; the sheets and the JSON export are both made from it.
struct Report {
    /// The chosen period P.
    model::Period period;
    /// P's last day (day number): the day KPIs are read at and requests are judged at.
    long asOf = 0;
    /// The workbook's first day: the earliest first day of a period in Actuals or
    /// Deliveries (frequency "once" aside), else asOf. Request histories start here.
    long firstDay = 0;
    /// The language of the sentences in the report.
    common::Language language = common::Language::En;
    /// One per Departments row, in table order.
    std::vector<DepartmentResult> departments;
    CompanyResult company;
    /// One per Goals row, in table order.
    std::vector<GoalResult> goals;
    /// One per Requests row, in table order.
    std::vector<RequestResult> requests;
    /// Where each KPI is: its id → (index into departments, index into its kpis). Filled by
    /// computeResults; indices, so a copied Report stays valid.
    std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> kpiIndex;
    /// goal id → positions (as in kpiIndex) of the KPIs whose Goal column names it.
    std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>, std::less<>>
        kpisNamingGoal;
    /// The history up to this period (computeHistory), when the build asked for it.
    std::optional<History> history;

    /// The KPI with this id, or nullptr.
    const KpiResult* findKpi(std::string_view id) const;
    /// The department with this code, or nullptr.
    const DepartmentResult* findDepartment(std::string_view code) const;
    /// The KPIs of a goal: the one in its KPI column, then those whose Goal column names it.
    std::vector<const KpiResult*> goalKpis(const GoalResult& goal) const;
    /// A department's name, or the code itself when the department is unknown or unnamed.
    const std::string& departmentName(const std::string& code) const;
};

/// Computes the report for `period` from the valid rows of `workbook`: KPIs (evaluateKpi),
/// departments (scoreDepartment, on-time shares), the company, goals (evaluateGoal) and
/// requests (evaluateRequest, with the escalation sentence in `language` for ladder steps
/// 2 and 3: text ids escalation.sentence / escalation.sentence_no_why, or
/// escalation.sentence_purpose when Why starts with a purpose word ("to …", "чтобы …",
/// escalation.purpose_words) so that it reads "We need it to …", with {to} the
/// providing department's name, {what} and {why}, each trimmed, without a closing full
/// stop, and with a capital first letter made small when the second letter is small, as
/// the middle of a sentence wants). Never throws for any workbook content;
/// throws Error "texts.unknown_id" only when `texts` lacks an id.
Report computeResults(const model::Workbook& workbook, const model::Period& period,
                      const smart::Analyser& analyser, const Texts& texts,
                      common::Language language);

} // namespace concord::core::report
