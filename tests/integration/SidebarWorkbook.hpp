#pragma once

#include "cli/office/CalcDocument.hpp"

#include <string>
#include <vector>

namespace concord::integration {

/// The small English workbook of the sidebar and command tests, written as the six input
/// tables of DESIGN §2 (one insertNewByName and one setDataArray per table, after the
/// document's own empty sheet):
///
///   Departments  SAL Sales, MKT Marketing, FIN Finance
///   KPIs         K1 Revenue SAL target 100; K2 Leads MKT target 200;
///                K3 FIN with Target "abc" — an input problem at KPIs!G4
///   Goals        G1 company (KPI K1), G2 SAL under G1
///   Actuals      K1 2026-08 80, K1 2026-09 95, K2 2026-09 150;
///                K9 2026-09 — an unknown KPI, an input problem at Actuals!A5
///   Requests     R1 SAL asks MKT for a qualified lead list, monthly by day 5, agreed
///   Deliveries   R1 2026-09 delivered 2026-09-04
///
/// So the panel shows 3 departments, 2 KPIs (K3 is left out), 2 goals, 1 request and 2
/// input problems, KPIs!G4 before Actuals!A5; the periods 2026-09 (the latest) and 2026-08.
class SidebarWorkbook {
public:
    /// Adds the tables as sheets after the document's existing sheets.
    static void write(const cli::CalcDocument& document);

    /// Appends one more Goals row (G3, department MKT, under G1) with one setDataArray:
    /// the goal count becomes 3.
    static void addGoal(const cli::CalcDocument& document);

    /// The sheet names the tables are written to, in order.
    static std::vector<std::string> tableSheets();
};

} // namespace concord::integration
