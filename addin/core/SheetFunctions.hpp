#pragma once

#include "Arguments.hpp"
#include "CivilDate.hpp"
#include "FunctionCatalogue.hpp"
#include "Grid.hpp"
#include "UiLanguage.hpp"
#include "Words.hpp"
#include "smart/SmartAnalyser.hpp"

#include <map>
#include <string>
#include <vector>

namespace concord::core {

/// The 14 spreadsheet functions of DESIGN §4 over grids: argument rules (not given, 0 as
/// not given, words for enumerations), broadcasting of ranges, and the calls into the KPI
/// math, the SMART analyser and the request rules. The UNO layer only converts Calc values
/// to grids and back.
///
/// Element-wise functions return a grid of the arguments' shape; a scalar call throws
/// Error for bad input, an array call leaves positions without usable input empty and
/// marks positions with bad input as CellError. Dates are serial numbers counted from
/// the calling document's null date.
class SheetFunctions {
public:
    SheetFunctions(const FunctionCatalogue& catalogue, Words words, SmartAnalyser smart);

    Grid kpiAttainment(const Grid& actual, const Grid& target, const Grid& baseline,
                       const Grid& direction) const;
    Grid kpiScore(const Grid& actual, const Grid& target, const Grid& baseline,
                  const Grid& direction, const Grid& floor, const Grid& cap) const;
    Grid kpiRange(const Grid& actual, const Grid& low, const Grid& high,
                  const Grid& tolerance) const;
    Grid kpiStatus(const Grid& score, const Grid& amberFrom, const Grid& greenFrom) const;
    /// Aggregate: one number.
    double kpiWeighted(const Grid& scores, const Grid& weights) const;
    Grid kpiPace(const CivilDate& nullDate, const Grid& actual, const Grid& target,
                 const Grid& start, const Grid& deadline, const Grid& today,
                 const Grid& baseline) const;
    /// Aggregate: one number (deadline must be a single number).
    double kpiForecast(const Grid& values, const Grid& dates, const Grid& deadline) const;
    /// Aggregate: one number, the slope per day.
    double kpiTrend(const Grid& values, const Grid& dates) const;
    Grid kpiAbTest(const Grid& conversionsA, const Grid& trialsA, const Grid& conversionsB,
                   const Grid& trialsB) const;
    Grid smartScore(const Grid& goal, const Grid& kpi, const Grid& target, const Grid& deadline,
                    const Grid& owner, const Grid& parent) const;
    Grid smartMissing(const Grid& goal, const Grid& kpi, const Grid& target, const Grid& deadline,
                      const Grid& owner, const Grid& parent) const;
    Grid smartHint(const Grid& goal, const Grid& kpi, const Grid& target, const Grid& deadline,
                   const Grid& owner, const Grid& parent) const;
    /// The states in language, the calling document's (words.json "request_status").
    Grid reqStatus(const CivilDate& nullDate, UiLanguage language, const Grid& due,
                   const Grid& delivered, const Grid& today) const;
    Grid reqNextDue(const CivilDate& nullDate, const Grid& frequency, const Grid& last,
                    const Grid& dueDay) const;

private:
    const std::vector<ArgumentSpec>& specs(const char* function) const;
    template <class Render>
    Grid smart(const char* function, const Grid& goal, const Grid& kpi, const Grid& target,
               const Grid& deadline, const Grid& owner, const Grid& parent, Render render) const;

    std::map<std::string, std::vector<ArgumentSpec>, std::less<>> _specs;
    Words _words;
    SmartAnalyser _smart;
};

} // namespace concord::core
