#include "SheetFunctions.hpp"

#include "AbTest.hpp"
#include "Arguments.hpp"
#include "Attainment.hpp"
#include "Broadcast.hpp"
#include "Error.hpp"
#include "LinearFit.hpp"
#include "NextDue.hpp"
#include "Pace.hpp"
#include "RangeScore.hpp"
#include "RequestStatus.hpp"
#include "Status.hpp"
#include "Today.hpp"
#include "Weighted.hpp"

#include <cmath>

namespace concord::core {

namespace {

/// Runs `compute` at each position of the broadcast arguments. A scalar call lets errors
/// through (Calc shows Err:502); an array call turns them into per-position results.
template <std::size_t N, class Compute>
Grid evaluate(const std::array<const Grid*, N>& args, const std::vector<ArgumentSpec>& specs,
              Compute compute) {
    bool arrayCall = false;
    for (const Grid* grid : args)
        arrayCall = arrayCall || !grid->isScalar();
    // Like scaddins' RETURN_FINITE: a NaN or infinity is never a result.
    auto checked = [&](const Arguments& arguments) -> Cell {
        Cell result = compute(arguments);
        if (const double* value = std::get_if<double>(&result); value && !std::isfinite(*value))
            throw Error("result.not_finite", "the result is not a finite number");
        return result;
    };
    return broadcast<N>(args, [&](const std::array<const Cell*, N>& cells) -> Cell {
        Arguments arguments(cells.data(), specs.data(), arrayCall);
        if (!arrayCall)
            return checked(arguments);
        try {
            return checked(arguments);
        } catch (const SkipPosition&) {
            return std::monostate{};
        } catch (const Error& error) {
            return CellError{error.id()};
        }
    });
}

/// A single number from a grid that must be 1×1 (e.g. FORECAST's deadline).
double scalarNumber(const Grid& grid, const ArgumentSpec& spec) {
    if (!grid.isScalar())
        throw Error("arg.not_scalar", spec.name + ": expected a single value");
    const Cell* cell = &grid.at(0, 0);
    return Arguments(&cell, &spec, false).number(0);
}

bool isOmitted(const Grid& grid) {
    return grid.isScalar() && std::holds_alternative<std::monostate>(grid.at(0, 0));
}

} // namespace

SheetFunctions::SheetFunctions(const FunctionCatalogue& catalogue, Words words, SmartAnalyser smart)
    : _words(std::move(words)), _smart(std::move(smart)) {
    for (const FunctionInfo& function : catalogue.functions()) {
        std::vector<ArgumentSpec>& specs = _specs[function.id];
        for (const ArgumentInfo& argument : function.arguments)
            specs.push_back(ArgumentSpec{argument.name.en, argument.zeroMeansMissing});
    }
}

const std::vector<ArgumentSpec>& SheetFunctions::specs(const char* function) const {
    auto found = _specs.find(function);
    if (found == _specs.end())
        throw Error("catalogue.unknown_function", "the catalogue has no function", function);
    return found->second;
}

namespace {

/// direction: up/down words (en, ru), 1/−1, or not given (empty, 0).
std::optional<Direction> readDirection(const Words& words, const Arguments& args,
                                       std::size_t index) {
    const Cell& cell = args.cell(index);
    if (const double* value = std::get_if<double>(&cell)) {
        if (*value == 0)
            return std::nullopt;
        if (*value == 1)
            return Direction::Up;
        if (*value == -1)
            return Direction::Down;
        throw Error("arg.direction", args.spec(index).name + ": expected up/down or 1/-1",
                    formatNumber(*value));
    }
    std::optional<std::string> text = args.optionalText(index);
    if (!text)
        return std::nullopt;
    if (std::optional<Direction> direction = words.direction(*text))
        return direction;
    throw Error("arg.direction", args.spec(index).name + ": expected up/down or 1/-1", *text);
}

} // namespace

Grid SheetFunctions::kpiAttainment(const Grid& actual, const Grid& target, const Grid& baseline,
                                   const Grid& direction) const {
    return evaluate<4>({&actual, &target, &baseline, &direction}, specs("kpiAttainment"),
                       [&](const Arguments& a) -> Cell {
                           return attainment(a.number(0), a.number(1), a.optionalNumber(2),
                                             readDirection(_words, a, 3));
                       });
}

Grid SheetFunctions::kpiScore(const Grid& actual, const Grid& target, const Grid& baseline,
                              const Grid& direction, const Grid& floor, const Grid& cap) const {
    return evaluate<6>({&actual, &target, &baseline, &direction, &floor, &cap}, specs("kpiScore"),
                       [&](const Arguments& a) -> Cell {
                           return score(a.number(0), a.number(1), a.optionalNumber(2),
                                        readDirection(_words, a, 3), a.optionalNumber(4),
                                        a.optionalNumber(5));
                       });
}

Grid SheetFunctions::kpiRange(const Grid& actual, const Grid& low, const Grid& high,
                              const Grid& tolerance) const {
    return evaluate<4>(
        {&actual, &low, &high, &tolerance}, specs("kpiRange"), [&](const Arguments& a) -> Cell {
            return rangeScore(a.number(0), a.number(1), a.number(2), a.optionalNumber(3));
        });
}

Grid SheetFunctions::kpiStatus(const Grid& score, const Grid& amberFrom,
                               const Grid& greenFrom) const {
    return evaluate<3>(
        {&score, &amberFrom, &greenFrom}, specs("kpiStatus"), [&](const Arguments& a) -> Cell {
            return static_cast<double>(
                static_cast<int>(status(a.number(0), a.optionalNumber(1), a.optionalNumber(2))));
        });
}

namespace {

double finite(double value) {
    if (!std::isfinite(value))
        throw Error("result.not_finite", "the result is not a finite number");
    return value;
}

} // namespace

double SheetFunctions::kpiWeighted(const Grid& scores, const Grid& weights) const {
    if (isOmitted(weights))
        return finite(weighted(scores.numbers(), {}));
    if (weights.rows() != scores.rows() || weights.cols() != scores.cols())
        throw Error("args.shape", "scores and weights must have the same shape");
    return finite(weighted(scores.numbers(), weights.numbers()));
}

Grid SheetFunctions::kpiPace(const CivilDate& nullDate, const Grid& actual, const Grid& target,
                             const Grid& start, const Grid& deadline, const Grid& today,
                             const Grid& baseline) const {
    const double todaySerial =
        static_cast<double>(daysFromCivil(localToday()) - daysFromCivil(nullDate));
    return evaluate<6>({&actual, &target, &start, &deadline, &today, &baseline}, specs("kpiPace"),
                       [&](const Arguments& a) -> Cell {
                           return pace(a.number(0), a.number(1), a.number(2), a.number(3),
                                       a.optionalNumber(4).value_or(todaySerial),
                                       a.optionalNumber(5).value_or(0.0));
                       });
}

double SheetFunctions::kpiForecast(const Grid& values, const Grid& dates,
                                   const Grid& deadline) const {
    const std::vector<ArgumentSpec>& spec = specs("kpiForecast");
    if (values.rows() != dates.rows() || values.cols() != dates.cols())
        throw Error("args.shape", "values and dates must have the same shape");
    return finite(forecast(values.numbers(), dates.numbers(), scalarNumber(deadline, spec.at(2))));
}

double SheetFunctions::kpiTrend(const Grid& values, const Grid& dates) const {
    if (isOmitted(dates))
        return finite(trend(values.numbers(), nullptr));
    if (values.rows() != dates.rows() || values.cols() != dates.cols())
        throw Error("args.shape", "values and dates must have the same shape");
    const std::vector<std::optional<double>> days = dates.numbers();
    return finite(trend(values.numbers(), &days));
}

Grid SheetFunctions::kpiAbTest(const Grid& conversionsA, const Grid& trialsA,
                               const Grid& conversionsB, const Grid& trialsB) const {
    return evaluate<4>({&conversionsA, &trialsA, &conversionsB, &trialsB}, specs("kpiAbTest"),
                       [&](const Arguments& a) -> Cell {
                           return abTestPValue(a.number(0), a.number(1), a.number(2), a.number(3));
                       });
}

template <class Render>
Grid SheetFunctions::smart(const char* function, const Grid& goal, const Grid& kpi,
                           const Grid& target, const Grid& deadline, const Grid& owner,
                           const Grid& parent, Render render) const {
    return evaluate<6>({&goal, &kpi, &target, &deadline, &owner, &parent}, specs(function),
                       [&](const Arguments& a) -> Cell {
                           SmartEvidence evidence;
                           std::optional<std::string> text = a.optionalText(0);
                           if (!text) {
                               if (a.arrayCall())
                                   throw SkipPosition{};
                               throw Error("arg.missing",
                                           a.spec(0).name + ": a goal text is required");
                           }
                           evidence.goal = *text;
                           evidence.kpi = a.optionalText(1);
                           evidence.target = a.optionalNumber(2);
                           evidence.deadline = a.optionalNumber(3);
                           evidence.owner = a.optionalText(4);
                           evidence.parent = a.optionalText(5);
                           return render(_smart.analyse(evidence));
                       });
}

Grid SheetFunctions::smartScore(const Grid& goal, const Grid& kpi, const Grid& target,
                                const Grid& deadline, const Grid& owner, const Grid& parent) const {
    return smart("smartScore", goal, kpi, target, deadline, owner, parent,
                 [](const SmartResult& r) -> Cell { return static_cast<double>(r.score()); });
}

Grid SheetFunctions::smartMissing(const Grid& goal, const Grid& kpi, const Grid& target,
                                  const Grid& deadline, const Grid& owner,
                                  const Grid& parent) const {
    return smart("smartMissing", goal, kpi, target, deadline, owner, parent,
                 [](const SmartResult& r) -> Cell { return r.missing(); });
}

Grid SheetFunctions::smartHint(const Grid& goal, const Grid& kpi, const Grid& target,
                               const Grid& deadline, const Grid& owner, const Grid& parent) const {
    return smart("smartHint", goal, kpi, target, deadline, owner, parent,
                 [](const SmartResult& r) -> Cell { return r.hint; });
}

Grid SheetFunctions::reqStatus(const CivilDate& nullDate, UiLanguage language, const Grid& due,
                               const Grid& delivered, const Grid& today) const {
    const double todaySerial =
        static_cast<double>(daysFromCivil(localToday()) - daysFromCivil(nullDate));
    return evaluate<3>(
        {&due, &delivered, &today}, specs("reqStatus"), [&](const Arguments& a) -> Cell {
            RequestState state = requestStatus(a.number(0), a.optionalNumber(1),
                                               a.optionalNumber(2).value_or(todaySerial));
            return _words.requestState(state, language);
        });
}

Grid SheetFunctions::reqNextDue(const CivilDate& nullDate, const Grid& frequency, const Grid& last,
                                const Grid& dueDay) const {
    const long epoch = daysFromCivil(nullDate);
    return evaluate<3>(
        {&frequency, &last, &dueDay}, specs("reqNextDue"), [&](const Arguments& a) -> Cell {
            std::optional<std::string> word = a.optionalText(0);
            if (!word)
                throw Error("arg.missing", a.spec(0).name + ": a frequency is required");
            std::optional<Frequency> period = _words.frequency(*word);
            if (!period)
                throw Error("arg.frequency",
                            a.spec(0).name + ": expected once, week, month, quarter or year",
                            *word);
            std::optional<double> day = a.optionalNumber(2);
            if (day && (*day != std::floor(*day) || *day < 1 || *day > 31))
                throw Error("arg.due_day", a.spec(2).name + ": expected a whole day 1-31",
                            formatNumber(*day));
            // Calc's dates run from year −32768 to 32767; keep well inside what CivilDate
            // and a long hold: years 1 to 9999.
            const double lastDay = std::floor(a.number(1)) + static_cast<double>(epoch);
            if (lastDay < static_cast<double>(daysFromCivil(CivilDate{1, 1, 1})) ||
                lastDay > static_cast<double>(daysFromCivil(CivilDate{9999, 11, 30})))
                throw Error("arg.date_range", a.spec(1).name + ": expected a date in years 1-9999",
                            formatNumber(a.number(1)));
            std::optional<int> due;
            if (day)
                due = static_cast<int>(*day);
            return static_cast<double>(nextDue(*period, static_cast<long>(lastDay), due) - epoch);
        });
}

} // namespace concord::core
