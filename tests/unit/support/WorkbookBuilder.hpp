#pragma once
// The one fixture of the unit tests: a workbook written row by row, given as the raw sheets
// a user would type (headers in en or ru, from tables.json) and, read by the shipped reader,
// as the model::Workbook the report and the sheets compute from.
#include "core/common/Grid.hpp"
#include "core/common/Language.hpp"
#include "core/model/RawSheet.hpp"
#include "core/model/Workbook.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace concord::test {

/// More cells of a row: column id of tables.json ("unit", "weight", "due_day"…) and value.
using Fields = std::vector<std::pair<std::string, core::common::Cell>>;

/// A date cell as Calc holds it: the serial day counted from the null date 1899-12-30
/// that read() uses (2026-11-15 is 46341).
core::common::Cell date(int year, int month, int day);

/// Fluent: WorkbookBuilder().department("SAL", "Sales").kpi("REV", "Revenue", "SAL", 100.0)
/// .actual("REV", "2026-09", 90.0).read(). A sheet holds the required columns of its table
/// and those some row fills, in the template's order; an optional table without rows has
/// no sheet, a required one (Departments, KPIs) its header row.
class WorkbookBuilder {
public:
    WorkbookBuilder& department(const std::string& code, const std::string& name,
                                const Fields& more = {});
    /// level "" leaves the Level cell empty.
    WorkbookBuilder& goal(const std::string& id, const std::string& level, const std::string& text,
                          const Fields& more = {});
    WorkbookBuilder& kpi(const std::string& id, const std::string& name,
                         const std::string& department, const core::common::Cell& target,
                         const Fields& more = {});
    WorkbookBuilder& actual(const std::string& kpi, const core::common::Cell& period,
                            const core::common::Cell& value, const Fields& more = {});
    WorkbookBuilder& request(const std::string& id, const std::string& from, const std::string& to,
                             const std::string& what, const Fields& more = {});
    WorkbookBuilder& delivery(const std::string& request, const core::common::Cell& period,
                              const core::common::Cell& deliveredOn, const Fields& more = {});
    /// A row of any table by column ids (tables.json), e.g. a cell of the wrong type.
    WorkbookBuilder& row(const std::string& table, const Fields& cells);

    /// The sheets in the order of tables.json, names and headers in the language.
    std::vector<core::model::RawSheet>
    sheets(core::common::Language language = core::common::Language::En) const;
    /// The sheets read by the shipped reader with Calc's null date 1899-12-30.
    core::model::Workbook read(core::common::Language language = core::common::Language::En) const;

private:
    std::map<std::string, std::vector<Fields>> _rows;
};

} // namespace concord::test
