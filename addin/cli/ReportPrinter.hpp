#pragma once

#include <nlohmann/json_fwd.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace concord::cli {

/// Prints what the generator reported, for people reading a terminal. Texts from the
/// workbook (names, hints, problems) come as the generator rendered them, in the chosen
/// language; the few labels around them are English, like the rest of the command line.
/// Ratios print as percentages with one decimal, a value that could not be computed as
/// "n/a", statuses 1 / 0 / −1 as green / amber / red.
class ReportPrinter {
public:
    /// The company line and one line per department: score, status, KPI status counts and
    /// on-time shares (report: the JSON export of DESIGN §6).
    static void companySummary(std::ostream& out, const nlohmann::json& report);
    /// One line per goal: SMART score out of 5, the missing letters and the hint.
    static void smartReport(std::ostream& out, const nlohmann::json& report);
    /// "N input problems:" and one line each ("Sheet!B7: message"); nothing when none.
    static void problems(std::ostream& out, const std::vector<std::string>& problems);
    /// The notes, one line each ("note: …").
    static void notes(std::ostream& out, const std::vector<std::string>& notes);
};

} // namespace concord::cli
