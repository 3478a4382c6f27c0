#pragma once

#include "core/Status.hpp"
#include "core/UiLanguage.hpp"
#include "core/model/Period.hpp"
#include "core/model/Workbook.hpp"
#include "core/report/DepartmentReport.hpp"
#include "core/report/GoalReport.hpp"
#include "core/report/KpiReport.hpp"
#include "core/report/ReportTexts.hpp"
#include "core/report/RequestReport.hpp"
#include "core/smart/SmartAnalyser.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::core {

/// The company as a whole in the chosen period.
struct CompanyReport {
    /// KPI.WEIGHTED of the department scores that exist, with the department weights.
    std::optional<double> score;
    /// KPI.STATUS(score) with the default thresholds.
    std::optional<Status> status;
    /// Indices into Report::goals of the company-level goals (Level company).
    std::vector<std::size_t> goals;
};

/// Every number of one build (DESIGN §3), computed from the valid rows of a Workbook for one
/// period; the sheets and the JSON export are both made from it.
struct Report {
    /// The chosen period P.
    Period period;
    /// P's last day (day number): the day KPIs are read at and requests are judged at.
    long asOf = 0;
    /// The workbook's first day: the earliest first day of a period in Actuals or
    /// Deliveries (frequency "once" aside), else asOf. Request histories start here.
    long firstDay = 0;
    /// The language of the sentences in the report.
    UiLanguage language = UiLanguage::En;
    /// One per Departments row, in table order.
    std::vector<DepartmentReport> departments;
    CompanyReport company;
    /// One per Goals row, in table order.
    std::vector<GoalReport> goals;
    /// One per Requests row, in table order.
    std::vector<RequestReport> requests;
    /// Where each KPI is: its id → (index into departments, index into its kpis). Filled by
    /// makeReport; indices, so a copied Report stays valid.
    std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> kpiIndex;
    /// goal id → positions (as in kpiIndex) of the KPIs whose Goal column names it.
    std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>, std::less<>>
        kpisNamingGoal;

    /// The KPI with this id, or nullptr.
    const KpiReport* findKpi(std::string_view id) const;
    /// The department with this code, or nullptr.
    const DepartmentReport* findDepartment(std::string_view code) const;
    /// The KPIs of a goal: the one in its KPI column, then those whose Goal column names it.
    std::vector<const KpiReport*> goalKpis(const GoalReport& goal) const;
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
Report makeReport(const Workbook& workbook, const Period& period, const SmartAnalyser& analyser,
                  const ReportTexts& texts, UiLanguage language);

} // namespace concord::core
