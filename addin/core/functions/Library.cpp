#include "core/functions/Library.hpp"

#include "core/common/Error.hpp"
#include "core/common/NumberText.hpp"
#include "core/common/Today.hpp"
#include "core/common/Trim.hpp"
#include "core/functions/Arguments.hpp"
#include "core/functions/Broadcast.hpp"
#include "core/kpi/AbTest.hpp"
#include "core/kpi/Attainment.hpp"
#include "core/kpi/LinearFit.hpp"
#include "core/kpi/Pace.hpp"
#include "core/kpi/RangeScore.hpp"
#include "core/kpi/Status.hpp"
#include "core/kpi/Weighted.hpp"
#include "core/report/NextDue.hpp"
#include "core/report/RequestStatus.hpp"

#include <cmath>

namespace concord::core::functions {

namespace {

/// Runs `compute` at each position of the broadcast arguments. A scalar call lets errors
/// through (Calc shows Err:502); an array call turns them into per-position results.
template <std::size_t N, class Compute>
common::Grid evaluate(const std::array<const common::Grid*, N>& args,
                      const std::vector<ArgumentSpec>& specs, Compute compute) {
    bool arrayCall = false;
    for (const common::Grid* grid : args)
        arrayCall = arrayCall || !grid->isScalar();
    // Like scaddins' RETURN_FINITE: a NaN or infinity is never a result.
    auto checked = [&](const Arguments& arguments) -> common::Cell {
        common::Cell result = compute(arguments);
        if (const double* value = std::get_if<double>(&result); value && !std::isfinite(*value))
            throw common::Error(common::Error::Category::Argument, "result.not_finite",
                                "the result is not a finite number");
        return result;
    };
    return broadcast<N>(args, [&](const std::array<const common::Cell*, N>& cells) -> common::Cell {
        Arguments arguments(cells.data(), specs.data(), arrayCall);
        if (!arrayCall)
            return checked(arguments);
        try {
            return checked(arguments);
        } catch (const SkipPosition&) {
            return std::monostate{};
        } catch (const common::Error& error) {
            return common::CellError{error.id()};
        }
    });
}

/// A single date from a grid that must be 1×1 (FORECAST's deadline).
double scalarDate(const common::Grid& grid, const ArgumentSpec& spec) {
    if (!grid.isScalar())
        throw common::Error(common::Error::Category::Argument, "arg.not_scalar",
                            spec.name + ": expected a single value");
    const common::Cell* cell = &grid.at(0, 0);
    return Arguments(&cell, &spec, false).date(0);
}

/// Void or empty text: "not given" (DESIGN §4), for the optional range arguments.
bool isOmitted(const common::Grid& grid) {
    if (!grid.isScalar())
        return false;
    const common::Cell& cell = grid.at(0, 0);
    const std::string* text = std::get_if<std::string>(&cell);
    return std::holds_alternative<std::monostate>(cell) || (text && common::Trim::isBlank(*text));
}

} // namespace

Library::Library(const Catalogue& catalogue, common::Words words, smart::Analyser smart)
    : _words(std::move(words)), _smart(std::move(smart)) {
    for (const FunctionInfo& function : catalogue.functions()) {
        std::vector<ArgumentSpec>& specs = _specs[function.id];
        for (const ArgumentInfo& argument : function.arguments)
            specs.push_back(ArgumentSpec{argument.name.en, argument.zeroMeansMissing});
    }
}

const std::vector<ArgumentSpec>& Library::specs(const char* function) const {
    auto found = _specs.find(function);
    if (found == _specs.end())
        throw common::Error(common::Error::Category::Configuration, "catalogue.unknown_function",
                            "the catalogue has no function", function);
    return found->second;
}

namespace {

/// direction: up/down words (en, ru), 1/−1, or not given (empty, 0).
std::optional<kpi::Direction> readDirection(const common::Words& words, const Arguments& args,
                                            std::size_t index) {
    const common::Cell& cell = args.cell(index);
    if (const double* value = std::get_if<double>(&cell)) {
        if (*value == 0)
            return std::nullopt;
        if (*value == 1)
            return kpi::Direction::Up;
        if (*value == -1)
            return kpi::Direction::Down;
        throw common::Error(common::Error::Category::Argument, "arg.direction",
                            args.spec(index).name + ": expected up/down or 1/-1",
                            common::NumberText::typed(*value));
    }
    std::optional<std::string> text = args.optionalText(index);
    if (!text)
        return std::nullopt;
    if (std::optional<kpi::Direction> direction = words.direction(*text))
        return direction;
    throw common::Error(common::Error::Category::Argument, "arg.direction",
                        args.spec(index).name + ": expected up/down or 1/-1", *text);
}

} // namespace

common::Grid Library::kpiAttainment(const common::Grid& actual, const common::Grid& target,
                                    const common::Grid& baseline,
                                    const common::Grid& direction) const {
    return evaluate<4>({&actual, &target, &baseline, &direction}, specs("kpiAttainment"),
                       [&](const Arguments& a) -> common::Cell {
                           return attainment(a.number(0), a.number(1), a.optionalNumber(2),
                                             readDirection(_words, a, 3));
                       });
}

common::Grid Library::kpiScore(const common::Grid& actual, const common::Grid& target,
                               const common::Grid& baseline, const common::Grid& direction,
                               const common::Grid& floor, const common::Grid& cap) const {
    return evaluate<6>({&actual, &target, &baseline, &direction, &floor, &cap}, specs("kpiScore"),
                       [&](const Arguments& a) -> common::Cell {
                           return score(a.number(0), a.number(1), a.optionalNumber(2),
                                        readDirection(_words, a, 3), a.optionalNumber(4),
                                        a.optionalNumber(5));
                       });
}

common::Grid Library::kpiRange(const common::Grid& actual, const common::Grid& low,
                               const common::Grid& high, const common::Grid& tolerance) const {
    return evaluate<4>({&actual, &low, &high, &tolerance}, specs("kpiRange"),
                       [&](const Arguments& a) -> common::Cell {
                           return kpi::rangeScore(a.number(0), a.number(1), a.number(2),
                                                  a.optionalNumber(3));
                       });
}

common::Grid Library::kpiStatus(const common::Grid& score, const common::Grid& amberFrom,
                                const common::Grid& greenFrom) const {
    return evaluate<3>({&score, &amberFrom, &greenFrom}, specs("kpiStatus"),
                       [&](const Arguments& a) -> common::Cell {
                           return static_cast<double>(static_cast<int>(
                               kpi::status(a.number(0), a.optionalNumber(1), a.optionalNumber(2))));
                       });
}

namespace {

double finite(double value) {
    if (!std::isfinite(value))
        throw common::Error(common::Error::Category::Argument, "result.not_finite",
                            "the result is not a finite number");
    return value;
}

} // namespace

double Library::kpiWeighted(const common::Grid& scores, const common::Grid& weights) const {
    if (isOmitted(weights))
        return finite(kpi::weighted(scores.numbers(), {}));
    if (weights.rows() != scores.rows() || weights.cols() != scores.cols())
        throw common::Error(common::Error::Category::Argument, "args.shape",
                            "scores and weights must have the same shape");
    return finite(kpi::weighted(scores.numbers(), weights.numbers()));
}

common::Grid Library::kpiPace(const common::CivilDate& nullDate, const common::Grid& actual,
                              const common::Grid& target, const common::Grid& start,
                              const common::Grid& deadline, const common::Grid& today,
                              const common::Grid& baseline) const {
    const double todaySerial = static_cast<double>(common::daysFromCivil(common::localToday()) -
                                                   common::daysFromCivil(nullDate));
    return evaluate<6>({&actual, &target, &start, &deadline, &today, &baseline}, specs("kpiPace"),
                       [&](const Arguments& a) -> common::Cell {
                           return kpi::pace(a.number(0), a.number(1), a.date(2), a.date(3),
                                            a.optionalDate(4).value_or(todaySerial),
                                            a.optionalNumber(5).value_or(0.0));
                       });
}

double Library::kpiForecast(const common::Grid& values, const common::Grid& dates,
                            const common::Grid& deadline) const {
    const std::vector<ArgumentSpec>& spec = specs("kpiForecast");
    if (values.rows() != dates.rows() || values.cols() != dates.cols())
        throw common::Error(common::Error::Category::Argument, "args.shape",
                            "values and dates must have the same shape");
    return finite(
        kpi::forecast(values.numbers(), dates.numbers(), scalarDate(deadline, spec.at(2))));
}

double Library::kpiTrend(const common::Grid& values, const common::Grid& dates) const {
    if (isOmitted(dates)) {
        // x is the position in the range: a block of rows and columns has no one order
        if (values.rows() > 1 && values.cols() > 1)
            throw common::Error(common::Error::Category::Argument, "args.shape",
                                "values: expected one row or one column when no dates are given",
                                std::to_string(values.rows()) + "x" +
                                    std::to_string(values.cols()));
        return finite(kpi::trend(values.numbers(), nullptr));
    }
    if (values.rows() != dates.rows() || values.cols() != dates.cols())
        throw common::Error(common::Error::Category::Argument, "args.shape",
                            "values and dates must have the same shape");
    const std::vector<std::optional<double>> days = dates.numbers();
    return finite(kpi::trend(values.numbers(), &days));
}

common::Grid Library::kpiAbTest(const common::Grid& conversionsA, const common::Grid& trialsA,
                                const common::Grid& conversionsB,
                                const common::Grid& trialsB) const {
    return evaluate<4>({&conversionsA, &trialsA, &conversionsB, &trialsB}, specs("kpiAbTest"),
                       [&](const Arguments& a) -> common::Cell {
                           return kpi::abTestPValue(a.number(0), a.number(1), a.number(2),
                                                    a.number(3));
                       });
}

template <class Render>
common::Grid Library::smart(const char* function, const common::Grid& goal, const common::Grid& kpi,
                            const common::Grid& target, const common::Grid& deadline,
                            const common::Grid& owner, const common::Grid& parent,
                            Render render) const {
    return evaluate<6>({&goal, &kpi, &target, &deadline, &owner, &parent}, specs(function),
                       [&](const Arguments& a) -> common::Cell {
                           smart::Evidence evidence;
                           std::optional<std::string> text = a.optionalText(0);
                           if (!text) {
                               if (a.arrayCall())
                                   throw SkipPosition{};
                               throw common::Error(common::Error::Category::Argument, "arg.missing",
                                                   a.spec(0).name + ": a goal text is required");
                           }
                           evidence.goal = *text;
                           evidence.kpi = a.optionalText(1);
                           evidence.target = a.optionalNumber(2);
                           evidence.deadline = a.optionalDate(3);
                           evidence.owner = a.optionalText(4);
                           evidence.parent = a.optionalText(5);
                           return render(_smart.analyse(evidence));
                       });
}

common::Grid Library::smartScore(const common::Grid& goal, const common::Grid& kpi,
                                 const common::Grid& target, const common::Grid& deadline,
                                 const common::Grid& owner, const common::Grid& parent) const {
    return smart(
        "smartScore", goal, kpi, target, deadline, owner, parent,
        [](const smart::Result& r) -> common::Cell { return static_cast<double>(r.score()); });
}

common::Grid Library::smartMissing(const common::Grid& goal, const common::Grid& kpi,
                                   const common::Grid& target, const common::Grid& deadline,
                                   const common::Grid& owner, const common::Grid& parent) const {
    return smart("smartMissing", goal, kpi, target, deadline, owner, parent,
                 [](const smart::Result& r) -> common::Cell { return r.missing(); });
}

common::Grid Library::smartHint(const common::Grid& goal, const common::Grid& kpi,
                                const common::Grid& target, const common::Grid& deadline,
                                const common::Grid& owner, const common::Grid& parent) const {
    return smart("smartHint", goal, kpi, target, deadline, owner, parent,
                 [](const smart::Result& r) -> common::Cell { return r.hint; });
}

common::Grid Library::reqStatus(const common::CivilDate& nullDate, common::Language language,
                                const common::Grid& due, const common::Grid& delivered,
                                const common::Grid& today) const {
    const double todaySerial = static_cast<double>(common::daysFromCivil(common::localToday()) -
                                                   common::daysFromCivil(nullDate));
    return evaluate<3>(
        {&due, &delivered, &today}, specs("reqStatus"), [&](const Arguments& a) -> common::Cell {
            report::RequestState state = report::requestStatus(
                a.date(0), a.optionalDate(1), a.optionalDate(2).value_or(todaySerial));
            return _words.requestState(state, language);
        });
}

common::Grid Library::reqNextDue(const common::CivilDate& nullDate, const common::Grid& frequency,
                                 const common::Grid& last, const common::Grid& dueDay) const {
    const long epoch = common::daysFromCivil(nullDate);
    return evaluate<3>(
        {&frequency, &last, &dueDay}, specs("reqNextDue"), [&](const Arguments& a) -> common::Cell {
            std::optional<std::string> word = a.optionalText(0);
            if (!word)
                throw common::Error(common::Error::Category::Argument, "arg.missing",
                                    a.spec(0).name + ": a frequency is required");
            std::optional<model::Frequency> period = _words.frequency(*word);
            if (!period)
                throw common::Error(
                    common::Error::Category::Argument, "arg.frequency",
                    a.spec(0).name + ": expected once, week, month, quarter or year", *word);
            std::optional<double> day = a.optionalNumber(2);
            if (day && (*day != std::floor(*day) || *day < 1 || *day > 31))
                throw common::Error(common::Error::Category::Argument, "arg.due_day",
                                    a.spec(2).name + ": expected a whole day 1-31",
                                    common::NumberText::typed(*day));
            // Calc's dates run from year −32768 to 32767; keep well inside what CivilDate
            // and a long hold: years 1 to 9999.
            const double lastDay = std::floor(a.number(1)) + static_cast<double>(epoch);
            if (lastDay < static_cast<double>(common::daysFromCivil(common::CivilDate{1, 1, 1})) ||
                lastDay >
                    static_cast<double>(common::daysFromCivil(common::CivilDate{9999, 11, 30})))
                throw common::Error(common::Error::Category::Argument, "arg.date_range",
                                    a.spec(1).name + ": expected a date in years 1-9999",
                                    common::NumberText::typed(a.number(1)));
            std::optional<int> due;
            if (day)
                due = static_cast<int>(*day);
            return static_cast<double>(report::nextDue(*period, static_cast<long>(lastDay), due) -
                                       epoch);
        });
}

} // namespace concord::core::functions
