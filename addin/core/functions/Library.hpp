#pragma once

#include "core/common/CivilDate.hpp"
#include "core/common/Grid.hpp"
#include "core/common/Words.hpp"
#include "core/functions/Arguments.hpp"
#include "core/functions/Catalogue.hpp"
#include "core/smart/Analyser.hpp"
#include "core/smart/Language.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace concord::core::functions {

/// The 14 spreadsheet functions of DESIGN §4 over grids: argument rules (not given, 0 as
/// not given, words for enumerations), broadcasting of ranges, and the calls into the KPI
/// math, the SMART analyser and the request rules. The UNO layer only converts Calc values
/// to grids and back.
///
/// Element-wise functions return a grid of the arguments' shape; a scalar call throws
/// Error for bad input, an array call leaves positions without usable input empty and
/// marks positions with bad input as CellError. Dates are serial numbers counted from
/// the calling document's null date; a date argument outside years 1-9999 is bad input
/// (Arguments::date).
class Library {
public:
    Library(const Catalogue& catalogue, common::Words words, smart::Analyser smart);

    common::Grid kpiAttainment(const common::Grid& actual, const common::Grid& target,
                               const common::Grid& baseline, const common::Grid& direction) const;
    common::Grid kpiScore(const common::Grid& actual, const common::Grid& target,
                          const common::Grid& baseline, const common::Grid& direction,
                          const common::Grid& floor, const common::Grid& cap) const;
    common::Grid kpiRange(const common::Grid& actual, const common::Grid& low,
                          const common::Grid& high, const common::Grid& tolerance) const;
    common::Grid kpiStatus(const common::Grid& score, const common::Grid& amberFrom,
                           const common::Grid& greenFrom) const;
    /// Aggregate: one number.
    double kpiWeighted(const common::Grid& scores, const common::Grid& weights) const;
    common::Grid kpiPace(const common::CivilDate& nullDate, const common::Grid& actual,
                         const common::Grid& target, const common::Grid& start,
                         const common::Grid& deadline, const common::Grid& today,
                         const common::Grid& baseline) const;
    /// Aggregate: one number (deadline must be a single date).
    double kpiForecast(const common::Grid& values, const common::Grid& dates,
                       const common::Grid& deadline) const;
    /// Aggregate: one number, the slope per day (per position without dates; then values
    /// must be one row or one column, else Error "args.shape").
    double kpiTrend(const common::Grid& values, const common::Grid& dates) const;
    common::Grid kpiAbTest(const common::Grid& conversionsA, const common::Grid& trialsA,
                           const common::Grid& conversionsB, const common::Grid& trialsB) const;
    common::Grid smartScore(const common::Grid& goal, const common::Grid& kpi,
                            const common::Grid& target, const common::Grid& deadline,
                            const common::Grid& owner, const common::Grid& parent) const;
    common::Grid smartMissing(const common::Grid& goal, const common::Grid& kpi,
                              const common::Grid& target, const common::Grid& deadline,
                              const common::Grid& owner, const common::Grid& parent) const;
    common::Grid smartHint(const common::Grid& goal, const common::Grid& kpi,
                           const common::Grid& target, const common::Grid& deadline,
                           const common::Grid& owner, const common::Grid& parent) const;
    /// The states in language, the calling document's (words.json "request_status").
    common::Grid reqStatus(const common::CivilDate& nullDate, common::Language language,
                           const common::Grid& due, const common::Grid& delivered,
                           const common::Grid& today) const;
    common::Grid reqNextDue(const common::CivilDate& nullDate, const common::Grid& frequency,
                            const common::Grid& last, const common::Grid& dueDay) const;

private:
    const std::vector<ArgumentSpec>& specs(const char* function) const;
    template <class Render>
    common::Grid smart(const char* function, const common::Grid& goal, const common::Grid& kpi,
                       const common::Grid& target, const common::Grid& deadline,
                       const common::Grid& owner, const common::Grid& parent, Render render) const;

    // Hashed: every call, scalar or array, looks its function up once.
    std::unordered_map<std::string, std::vector<ArgumentSpec>> _specs;
    common::Words _words;
    smart::Analyser _smart;
};

} // namespace concord::core::functions
