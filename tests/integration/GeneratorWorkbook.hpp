#pragma once

#include "cli/office/CalcDocument.hpp"

#include <string>

namespace concord::integration {

/// The small workbook of the generator tests, written into a Calc document as the six
/// input tables of DESIGN §2 (one insertNewByName and one setDataArray per table):
///
///   Departments  SAL Sales (weight 2), MKT Marketing (weight 1)
///   KPIs         K1 Revenue SAL up target 100; K2 Leads MKT up target 200;
///                K3 Response time SAL down target 10 (all monthly, weight 1)
///   Actuals      K1 2026-01 90, K1 2026-02 110, K2 2026-02 150, K3 2026-02 8
///   Goals        G1 company (KPI K1, deadline 2026-12-31), G2 SAL under G1, G3 MKT under G1
///   Requests     R1 SAL asks MKT for a lead list, monthly by day 5, agreed;
///                R2 MKT asks SAL for deal outcomes, not agreed
///   Deliveries   R1 2026-01 delivered 2026-01-04; R1 2026-02 not delivered
///
/// Worked out by hand (DESIGN §3, §4) for the default period 2026-02, the latest with
/// data: K1 actual 110, attainment = score = 1 + (110 − 100)/100 = 1.1, green (1);
/// K3 actual 8, down: 1 − (8 − 10)/10 = 1.2, green; K2 actual 150: 1 + (150 − 200)/200 =
/// 0.75, amber (0). SAL score (1.1 + 1.2)/2 = 1.15 green; MKT 0.75 amber; company
/// (1.15·2 + 0.75·1)/3 = 3.05/3 = 1.0166…, green.
class GeneratorWorkbook {
public:
    /// The language of the sheet names, headers and enumeration words.
    enum class Language { En, Ru };

    struct Options {
        Language language = Language::En;
        /// Every table's columns in reverse order.
        bool shuffled = false;
        /// Two more Actuals rows with problems: A6 an unknown KPI (K9), C7 a value that is
        /// not a number ("abc").
        bool badCells = false;
        /// The English name of a table to leave out ("KPIs"…), or empty.
        std::string omitTable;
        /// The English header of a KPIs column to leave out ("Target"…), or empty.
        std::string omitKpiColumn;
    };

    /// Adds the tables as sheets after the document's existing sheets.
    static void write(const cli::CalcDocument& document, const Options& options);

    /// The sheet name of a table (by its English name) in language.
    static std::string sheetName(const std::string& englishTable, Language language);
};

} // namespace concord::integration
