// Issue 14 "Hardening": every function of the catalogue, every argument position, every
// kind of bad argument. Each call puts one bad value into one argument of a valid call (the
// other arguments stay valid), recalculates and expects a Calc error in the cell: never a
// crash, never a silent 0 or a made-up number. Where DESIGN §4 says a value is right (an
// omitted optional argument takes its default, an empty cell reads as 0, a text argument
// takes any text…) the table `exceptions` below says so, with the reason. Ranges: a 2×3
// range where one value or a column is expected, and ranges of mismatched shapes, are
// errors; 10,000-element ranges give the hand-worked results.
#include "CalcSheetTest.hpp"
#include "FunctionCatalogueFile.hpp"
#include "OfficeEnvironment.hpp"

#include <cmath>
#include <iostream>
#include <map>
#include <sstream>

namespace concord::integration {

namespace {

using E = Expected;

/// A valid call of each function, every argument given, on the data SetUp writes:
/// C1:C3 values 10, 20, 30; D1:D3 dates 46000, 46010, 46020; E1:E3 weights 1, 2, 1.
/// elementWise: the function maps scalars position by position, so a range in any
/// argument gives an array result ("a range gives an array result", DESIGN §4); the others
/// aggregate ranges into one number.
struct ValidCall {
    std::vector<std::string> arguments;
    bool elementWise;
};

const std::map<std::string, ValidCall> validCalls = {
    // (8 - 4) / (10 - 4) = 0.667
    {"kpiAttainment", {{"8", "10", "4", "\"up\""}, true}},
    {"kpiScore", {{"8", "10", "4", "\"up\"", "0", "1.2"}, true}},
    // inside [1; 10]: 1
    {"kpiRange", {{"5", "1", "10", "2"}, true}},
    // 0.8 ≥ 0.7: amber, 0
    {"kpiStatus", {{"0.8", "0.7", "0.95"}, true}},
    // (10·1 + 20·2 + 30·1) / 4 = 20
    {"kpiWeighted", {{"C1:C3", "E1:E3"}, false}},
    // e = (46050 − 46000) / 100 = 0.5; 40 / (100 · 0.5) = 0.8
    {"kpiPace", {{"40", "100", "46000", "46100", "46050", "0"}, true}},
    // slope 1 per day: 30 + (46030 − 46020) = 40
    {"kpiForecast", {{"C1:C3", "D1:D3", "46030"}, false}},
    {"kpiTrend", {{"C1:C3", "D1:D3"}, false}},
    {"kpiAbTest", {{"50", "1000", "70", "1000"}, true}},
    {"smartScore",
     {{"\"Increase revenue by 10% by 31.12.2026\"", "\"Revenue\"", "110", "46387", "\"Sales\"",
       "\"G1\""},
      true}},
    {"smartMissing",
     {{"\"Increase revenue by 10% by 31.12.2026\"", "\"Revenue\"", "110", "46387", "\"Sales\"",
       "\"G1\""},
      true}},
    {"smartHint",
     {{"\"Increase revenue by 10% by 31.12.2026\"", "\"Revenue\"", "110", "46387", "\"Sales\"",
       "\"G1\""},
      true}},
    // delivered 45990 ≤ due 46000: on time
    {"reqStatus", {{"46000", "45990", "46010"}, true}},
    {"reqNextDue", {{"\"month\"", "46000", "15"}, true}},
};

/// The kinds of bad value, each as the argument text put into the formula. F1:H2 holds a
/// 2×3 block of numbers, I1 the formula =1/0, Z1 stays empty.
enum class Kind {
    Text,
    Omitted,
    EmptyText,
    EmptyCell,
    DivisionByZero,
    NotAvailable,
    ErrorCell,
    Overflow,
    Huge,
    NegativeHuge,
    NotANumber,
    Range2x3,
    Mismatched,
};

struct BadValue {
    Kind kind;
    const char* name;
    const char* argument;
};

const BadValue badValues[] = {
    {Kind::Text, "text", "\"abc\""},
    {Kind::Omitted, "omitted", ""},
    {Kind::EmptyText, "empty text", "\"\""},
    {Kind::EmptyCell, "empty cell", "Z1"},
    {Kind::DivisionByZero, "#DIV/0!", "1/0"},
    {Kind::NotAvailable, "#N/A", "NA()"},
    {Kind::ErrorCell, "error cell", "I1"},
    {Kind::Overflow, "infinity-producing", "1E308*10"},
    {Kind::Huge, "huge", "1E308"},
    {Kind::NegativeHuge, "-huge", "-1E308"},
    {Kind::NotANumber, "NaN-producing", "SQRT(-1)"},
    {Kind::Range2x3, "2x3 range", "F1:H2"},
    // F1:H2 here and the 3×1 C1:C3 in another argument (see mismatchedCall)
    {Kind::Mismatched, "mismatched ranges", "F1:H2"},
};

/// What a call must give.
enum class Outcome {
    Error,         ///< a Calc error, not #NAME?
    Value,         ///< a number or a text, no error
    SameAsOmitted, ///< what the call gives with the argument omitted
    SameAsZero,    ///< what the call gives with 0 typed in the argument
    ArrayOf2x3,    ///< an array result of the range's shape (COLUMNS() of it is 3)
};

/// Where a documented rule says a bad-looking value is right. First match wins; "*" is
/// any function or argument, else `arguments` lists argument ids separated by commas;
/// onlyOptional: only arguments the catalogue marks optional; onlyZeroMeansMissing: only
/// those where 0 means not given.
struct Exception {
    const char* function;
    const char* arguments;
    Kind kind;
    Outcome outcome;
    const char* reason;
    bool onlyOptional = false;
    bool onlyZeroMeansMissing = false;
};

const char hugeAmount[] = "a huge amount gives the formula's own finite result (DESIGN §4 "
                          "bounds no amount; only an infinite or NaN result is an error)";
const char numberAsText[] = "SMART.*: a number in a text argument is read as its text "
                            "(Arguments::optionalText), a goal or a name like any other";

const Exception exceptions[] = {
    // -- not given ---------------------------------------------------------------------
    {"*", "*", Kind::Omitted, Outcome::Value,
     "an omitted optional argument takes its default (DESIGN §4)", true},
    {"*", "*", Kind::EmptyText, Outcome::SameAsOmitted,
     "empty text is 'not given', as an omitted argument (DESIGN §4, ScaAnyConverter)"},
    {"*", "*", Kind::EmptyCell, Outcome::SameAsOmitted,
     "an empty cell arrives as 0, and 0 is 'not given' for this argument (DESIGN §4)", false, true},
    {"*", "*", Kind::EmptyCell, Outcome::SameAsZero,
     "an empty cell reaches an add-in as the number 0, indistinguishable from a typed 0 "
     "(DESIGN §4, verified in 7.4)"},
    // -- texts where the argument is a text ------------------------------------------------
    {"smartScore", "goal", Kind::Text, Outcome::Value, "any text is a goal text"},
    {"smartMissing", "goal", Kind::Text, Outcome::Value, "any text is a goal text"},
    {"smartHint", "goal", Kind::Text, Outcome::Value, "any text is a goal text"},
    {"*", "kpi", Kind::Text, Outcome::Value, "SMART.*: a KPI is named by any text"},
    {"*", "owner", Kind::Text, Outcome::Value, "SMART.*: an owner is named by any text"},
    {"*", "parent", Kind::Text, Outcome::Value, "SMART.*: a parent goal is named by any text"},
    {"smartScore", "goal,kpi,owner,parent", Kind::Huge, Outcome::Value, numberAsText},
    {"smartMissing", "goal,kpi,owner,parent", Kind::Huge, Outcome::Value, numberAsText},
    {"smartHint", "goal,kpi,owner,parent", Kind::Huge, Outcome::Value, numberAsText},
    {"smartScore", "goal,kpi,owner,parent", Kind::NegativeHuge, Outcome::Value, numberAsText},
    {"smartMissing", "goal,kpi,owner,parent", Kind::NegativeHuge, Outcome::Value, numberAsText},
    {"smartHint", "goal,kpi,owner,parent", Kind::NegativeHuge, Outcome::Value, numberAsText},
    // -- huge amounts (dates are not amounts: a date beyond year 9999 is an error) ----------
    // ±1E308 with the other arguments of validCalls; where the sign makes a contradiction
    // (target below baseline with direction up, floor above cap…) the call is an error.
    {"kpiAttainment", "actual,target", Kind::Huge, Outcome::Value, hugeAmount},
    {"kpiAttainment", "actual,baseline", Kind::NegativeHuge, Outcome::Value, hugeAmount},
    {"kpiScore", "actual,target,cap", Kind::Huge, Outcome::Value, hugeAmount},
    {"kpiScore", "actual,baseline,floor", Kind::NegativeHuge, Outcome::Value, hugeAmount},
    {"kpiRange", "actual,high,tolerance", Kind::Huge, Outcome::Value, hugeAmount},
    {"kpiRange", "actual,low", Kind::NegativeHuge, Outcome::Value, hugeAmount},
    {"kpiStatus", "score,greenFrom", Kind::Huge, Outcome::Value, hugeAmount},
    {"kpiStatus", "score,amberFrom", Kind::NegativeHuge, Outcome::Value, hugeAmount},
    {"kpiPace", "actual,target,baseline", Kind::Huge, Outcome::Value, hugeAmount},
    {"kpiPace", "actual,target,baseline", Kind::NegativeHuge, Outcome::Value, hugeAmount},
    {"kpiAbTest", "trialsA,trialsB", Kind::Huge, Outcome::Value,
     "50 of 1E308 trials against 70 of 1000: the p-value is 0 (a certain difference)"},
    {"smartScore", "target", Kind::Huge, Outcome::Value,
     "SMART.*: any number is a target (A needs a baseline to judge it)"},
    {"smartMissing", "target", Kind::Huge, Outcome::Value,
     "SMART.*: any number is a target (A needs a baseline to judge it)"},
    {"smartHint", "target", Kind::Huge, Outcome::Value,
     "SMART.*: any number is a target (A needs a baseline to judge it)"},
    {"smartScore", "target", Kind::NegativeHuge, Outcome::Value,
     "SMART.*: any number is a target (A needs a baseline to judge it)"},
    {"smartMissing", "target", Kind::NegativeHuge, Outcome::Value,
     "SMART.*: any number is a target (A needs a baseline to judge it)"},
    {"smartHint", "target", Kind::NegativeHuge, Outcome::Value,
     "SMART.*: any number is a target (A needs a baseline to judge it)"},
    // -- ranges ------------------------------------------------------------------------------
    {"*", "*", Kind::Range2x3, Outcome::ArrayOf2x3,
     "an element-wise function maps a range position by position (DESIGN §4: a range gives an "
     "array result); see elementWise in validCalls"},
};

bool listed(const char* list, const std::string& id) {
    if (std::string(list) == "*")
        return true;
    std::istringstream items(list);
    std::string item;
    while (std::getline(items, item, ','))
        if (item == id)
            return true;
    return false;
}

bool matches(const Exception& rule, const std::string& function, const nlohmann::json& argument,
             Kind kind, bool elementWise) {
    if (rule.kind != kind)
        return false;
    if (std::string(rule.function) != "*" && rule.function != function)
        return false;
    if (!listed(rule.arguments, argument.at("id").get<std::string>()))
        return false;
    if (rule.onlyOptional && !argument.at("optional").get<bool>())
        return false;
    if (rule.onlyZeroMeansMissing && !argument.at("zeroMeansMissing").get<bool>())
        return false;
    if (kind == Kind::Range2x3 && !elementWise)
        return false; // where an aggregate expects one value or a column
    return true;
}

/// One swept call: the formula, what it must give, and for SameAs… the reference formula.
struct SweepCase {
    std::string label;
    std::string formula;
    Outcome outcome;
    std::string reference;
    std::string reason;
};

std::string formula(const std::string& name, const std::vector<std::string>& arguments) {
    std::string text = "=" + name + "(";
    for (std::size_t i = 0; i < arguments.size(); ++i)
        text += (i ? ";" : "") + arguments[i];
    return text + ")";
}

/// A valid call with arguments[index] = value; for Mismatched, another argument that holds
/// no range gets the 3×1 range C1:C3 (aggregates already have one).
std::vector<std::string> substituted(const ValidCall& call, std::size_t index,
                                     const std::string& value, Kind kind) {
    std::vector<std::string> arguments = call.arguments;
    arguments[index] = value;
    if (kind == Kind::Mismatched && call.elementWise)
        arguments[index == 0 ? 1 : 0] = "C1:C3";
    return arguments;
}

std::vector<SweepCase> sweepCases(const nlohmann::json& catalogue) {
    std::vector<SweepCase> cases;
    std::vector<int> used(std::size(exceptions), 0);
    for (const nlohmann::json& function : catalogue.at("functions")) {
        const std::string id = function.at("id");
        const std::string name = function.at("name").at("en");
        const auto call = validCalls.find(id);
        if (call == validCalls.end()) {
            ADD_FAILURE() << id << ": no valid call in validCalls (add one for the new function)";
            continue;
        }
        const nlohmann::json& arguments = function.at("arguments");
        if (arguments.size() != call->second.arguments.size()) {
            ADD_FAILURE() << id << ": validCalls has " << call->second.arguments.size()
                          << " arguments, the catalogue " << arguments.size();
            continue;
        }
        for (std::size_t index = 0; index < arguments.size(); ++index) {
            for (const BadValue& bad : badValues) {
                SweepCase sweep;
                sweep.label =
                    name + " " + arguments[index].at("id").get<std::string>() + " = " + bad.name;
                sweep.formula =
                    formula(name, substituted(call->second, index, bad.argument, bad.kind));
                sweep.outcome = Outcome::Error;
                for (std::size_t rule = 0; rule < std::size(exceptions); ++rule) {
                    if (!matches(exceptions[rule], id, arguments[index], bad.kind,
                                 call->second.elementWise))
                        continue;
                    sweep.outcome = exceptions[rule].outcome;
                    sweep.reason = exceptions[rule].reason;
                    ++used[rule];
                    break;
                }
                if (sweep.outcome == Outcome::SameAsOmitted)
                    sweep.reference = formula(name, substituted(call->second, index, "", bad.kind));
                else if (sweep.outcome == Outcome::SameAsZero)
                    sweep.reference =
                        formula(name, substituted(call->second, index, "0", bad.kind));
                else if (sweep.outcome == Outcome::ArrayOf2x3)
                    sweep.formula = "=COLUMNS(" + sweep.formula.substr(1) + ")";
                cases.push_back(sweep);
            }
        }
    }
    // a rule that matches nothing names a function or argument the catalogue lacks
    for (std::size_t rule = 0; rule < std::size(exceptions); ++rule)
        EXPECT_LT(0, used[rule]) << "exception " << exceptions[rule].function << " "
                                 << exceptions[rule].arguments << " matches no call";
    return cases;
}

std::string shown(const CellResult& result) {
    std::ostringstream out;
    if (result.error)
        out << "error " << result.error << " (" << result.text << ")";
    else if (result.isText)
        out << "text \"" << result.text << '"';
    else
        out << "number " << result.value;
    return out.str();
}

bool sameResult(const CellResult& a, const CellResult& b) {
    if (a.error || b.error)
        return a.error != 0 && b.error != 0;
    if (a.isText || b.isText)
        return a.isText == b.isText && a.text == b.text;
    return std::fabs(a.value - b.value) <= 1e-9 * std::max(1.0, std::fabs(b.value));
}

} // namespace

class FunctionSweep : public CalcSheetTest {
protected:
    /// The data every valid call and bad value refers to (see validCalls, badValues).
    void writeData() {
        setData("C1:E3", {{number(10), number(46000), number(1)},
                          {number(20), number(46010), number(2)},
                          {number(30), number(46020), number(1)}});
        setData("F1:H2", {{number(1), number(2), number(3)}, {number(4), number(5), number(6)}});
        setFormula("I1", "=1/0");
    }
};

// The valid calls must give their values: else every "must be an error" below would pass
// for the wrong reason.
TEST_F(FunctionSweep, TheValidCallsGiveTheirHandWorkedValues) {
    writeData();
    const std::map<std::string, Expected> expected = {
        {"kpiAttainment", E::number(4.0 / 6.0)}, // (8 − 4) / (10 − 4)
        {"kpiScore", E::number(4.0 / 6.0)},      // the same, inside [0; 1.2]
        {"kpiRange", E::number(1)},              // 5 inside [1; 10]
        {"kpiStatus", E::number(0)},             // 0.7 ≤ 0.8 < 0.95: amber
        {"kpiWeighted", E::number(20)},          // (10 + 40 + 30) / 4
        {"kpiPace", E::number(0.8)},             // 40 / (100 · 0.5)
        {"kpiForecast", E::number(40)},          // 30 + 1 · (46030 − 46020)
        {"kpiTrend", E::number(1)},              // 10 per 10 days
        // pooled 0.06, se = √(0.06 · 0.94 · 2/1000) = 0.010621, z = 0.02/se = 1.88311,
        // p = erfc(z/√2) = 0.0596856
        {"kpiAbTest", E::number(0.05968560553242625)},
        {"smartScore", E::number(5)}, // S, M (10%), A (target), R (owner, parent), T
        {"smartMissing", E::text("")},
        {"smartHint", E::text("The goal is SMART.")},
        {"reqStatus", E::text("on time")}, // delivered 45990 ≤ due 46000
        // 46000 = 2025-12-09; a month later on the 15th: 2026-01-15 = 46037
        {"reqNextDue", E::number(46037)},
    };
    std::vector<FormulaCase> cases;
    for (const nlohmann::json& function : FunctionCatalogueFile::load().at("functions")) {
        const std::string id = function.at("id");
        ASSERT_TRUE(validCalls.count(id) && expected.count(id)) << id;
        cases.push_back(
            {formula(function.at("name").at("en"), validCalls.at(id).arguments), expected.at(id)});
    }
    check(cases);
}

TEST_F(FunctionSweep, EveryBadArgumentOfEveryFunctionGivesAnError) {
    writeData();
    const std::vector<SweepCase> cases = sweepCases(FunctionCatalogueFile::load());
    // formulas in column A, references (SameAs…) in column B, from row 10 on (rows 1–3 hold
    // data in C:I)
    constexpr std::size_t firstRow = 10;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const std::string row = std::to_string(firstRow + i);
        setFormula("A" + row, cases[i].formula);
        if (!cases[i].reference.empty())
            setFormula("B" + row, cases[i].reference);
    }
    recalculate();
    ASSERT_TRUE(OfficeEnvironment::office().isRunning());
    std::size_t errors = 0, exceptionsTaken = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const SweepCase& sweep = cases[i];
        const std::string row = std::to_string(firstRow + i);
        SCOPED_TRACE(sweep.label + ": " + sweep.formula +
                     (sweep.reason.empty() ? "" : " [" + sweep.reason + "]"));
        const CellResult actual = result("A" + row);
        EXPECT_NE(Expected::unknownNameCode, actual.error) << "the function is unknown";
        switch (sweep.outcome) {
        case Outcome::Error:
            ++errors;
            EXPECT_NE(0, actual.error) << "expected a Calc error, the cell shows " << shown(actual);
            break;
        case Outcome::Value:
            ++exceptionsTaken;
            EXPECT_EQ(0, actual.error) << "expected a value, the cell shows " << shown(actual);
            break;
        case Outcome::ArrayOf2x3:
            ++exceptionsTaken;
            EXPECT_EQ(0, actual.error) << "the cell shows " << shown(actual);
            EXPECT_EQ(3, actual.value) << "COLUMNS of the array result";
            break;
        case Outcome::SameAsOmitted:
        case Outcome::SameAsZero: {
            ++exceptionsTaken;
            const CellResult reference = result("B" + row);
            EXPECT_TRUE(sameResult(actual, reference))
                << "the cell shows " << shown(actual) << ", " << sweep.reference << " shows "
                << shown(reference);
            break;
        }
        }
    }
    EXPECT_TRUE(OfficeEnvironment::office().isRunning());
    std::cout << "[ sweep    ] " << cases.size() << " calls tried: " << errors
              << " must be errors, " << exceptionsTaken << " follow a documented rule" << std::endl;
    // 14 functions with 58 arguments, 13 bad values each
    EXPECT_EQ(58u * 13u, cases.size());
    // the office still computes
    check({{"=KPI.ATTAINMENT(8;10)", E::number(0.8)}}); // 1 + (8 - 10) / 10
}

TEST_F(FunctionSweep, TenThousandElementRangesGiveTheHandWorkedResults) {
    // J = 1…10000, K = 45000 + J (dates), L = one goal text without owner and parent
    constexpr int n = 10000;
    std::vector<std::vector<css::uno::Any>> rows;
    rows.reserve(n);
    for (int i = 1; i <= n; ++i)
        rows.push_back(
            {number(i), number(45000 + i), text("Increase revenue by 10% by 31.12.2026")});
    setData("J1:L10000", rows);
    // Σi = n(n + 1)/2 = 50005000; Σi² = n(n + 1)(2n + 1)/6
    check({
        // 1 + (i − 10000)/10000 = i/10000: Σ = 5000.5; the 2500th is 0.25
        {"=SUMPRODUCT(KPI.ATTAINMENT(J1:J10000;10000))", E::number(5000.5)},
        {"=INDEX(KPI.ATTAINMENT(J1:J10000;10000);2500;1)", E::number(0.25)},
        // i/10000 lies inside [0; 1.2]: the same sum
        {"=SUMPRODUCT(KPI.SCORE(J1:J10000;10000))", E::number(5000.5)},
        // every i inside [1; 10000]: 1 each
        {"=SUMPRODUCT(KPI.RANGE(J1:J10000;1;10000))", E::number(10000)},
        // green i ≥ 9500 (501 of them), amber 2000 ≤ i < 9500 (0 each), red i < 2000 (1999)
        {"=SUMPRODUCT(KPI.STATUS(J1:J10000;2000;9500))", E::number(501 - 1999)},
        // mean of i: 5000.5; weighted by itself Σi²/Σi = (2n + 1)/3 = 6667
        {"=KPI.WEIGHTED(J1:J10000)", E::number(5000.5)},
        {"=KPI.WEIGHTED(J1:J10000;J1:J10000)", E::number(6667)},
        // e = (50 − 0)/(100 − 0) = 0.5: i/(10000 · 0.5) = i/5000, Σ = 10001
        {"=SUMPRODUCT(KPI.PACE(J1:J10000;10000;0;100;50))", E::number(10001)},
        // value = date − 45000 exactly: at 55001, 10001; slope 1 per day or per position
        {"=KPI.FORECAST(J1:J10000;K1:K10000;55001)", E::number(10001)},
        {"=KPI.TREND(J1:J10000;K1:K10000)", E::number(1)},
        {"=KPI.TREND(J1:J10000)", E::number(1)},
        // the same rate in both groups: z = 0, p = 1 (and 1 when the pooled rate is 1)
        {"=SUMPRODUCT(KPI.ABTEST(J1:J10000;10000;J1:J10000;10000))", E::number(10000)},
        // due i, today 5000: open for i = 5000…10000 (5001), overdue below; "open" is the
        // one 4-letter state (in 7.4 SUMPRODUCT(array=\"open\") of an add-in's text array
        // gives 0, Calc's comparison, so the test counts lengths)
        {"=SUMPRODUCT(LEN(REQ.STATUS(J1:J10000;;5000))=4)", E::number(5001)},
        {"=INDEX(REQ.STATUS(J1:J10000;;5000);6000;1)", E::text("open")},
        {"=INDEX(REQ.STATUS(J1:J10000;;5000);4999;1)", E::text("overdue")},
        // a week after i: Σ(i + 7) = 50005000 + 70000
        {"=SUMPRODUCT(REQ.NEXTDUE(\"week\";J1:J10000))", E::number(50075000)},
        // S, M, A (10% is the target), T met; R not (no owner, no parent): 4 each, "R" each
        {"=SUMPRODUCT(SMART.SCORE(L1:L10000))", E::number(40000)},
        {"=SUMPRODUCT(LEN(SMART.MISSING(L1:L10000)))", E::number(10000)},
        {"=SUMPRODUCT(LEN(SMART.HINT(L1:L10000))>0)", E::number(10000)},
        // a 10000×2 block without dates has no one order of positions; with dates of the
        // same shape each value pairs with its own date (here itself: y = x, slope 1)
        {"=KPI.TREND(J1:K10000)", E::illegalArgument()},
        {"=KPI.TREND(J1:K10000;J1:K10000)", E::number(1)},
        // 10000 against 9999: mismatched shapes
        {"=KPI.WEIGHTED(J1:J10000;J1:J9999)", E::illegalArgument()},
        {"=KPI.FORECAST(J1:J10000;K1:K9999;55001)", E::illegalArgument()},
        {"=SUMPRODUCT(KPI.ATTAINMENT(J1:J10000;J1:J9999))", E::anyError()},
    });
    EXPECT_TRUE(OfficeEnvironment::office().isRunning());
}

TEST_F(FunctionSweep, InputsThatMakeTheFormulaInfiniteGiveAnError) {
    // N: 1E308 and −1E308 on days 0 and 1; P: weights 1E308
    setData("N1:P2", {{number(1e308), number(0), number(1e308)},
                      {number(-1e308), number(1), number(1e308)}});
    check({
        // 1 + (1E300 − 1E−300)/1E−300 = 1 + 1E600: infinite
        {"=KPI.ATTAINMENT(1E300;1E-300)", E::illegalArgument()},
        // the same attainment is not clamped to the cap 1.2
        {"=KPI.SCORE(1E300;1E-300)", E::illegalArgument()},
        // a − t = 2E308 overflows before the division
        {"=KPI.ATTAINMENT(1E308;-1E308)", E::illegalArgument()},
        // t − b = 2E308 overflows; 1/∞ would be a silent 0
        {"=KPI.ATTAINMENT(1;1E308;-1E308)", E::illegalArgument()},
        // e = 1E−300 / 2958465 = 3.4E−307: 1E300 / (1E−300 · 3.4E−307) is infinite
        {"=KPI.PACE(1E300;1E-300;0;2958465;1E-300)", E::illegalArgument()},
        // slope (−1E308 − 1E308) / 1 = −2E308 overflows
        {"=KPI.FORECAST(N1:N2;O1:O2;2)", E::illegalArgument()},
        {"=KPI.TREND(N1:N2)", E::illegalArgument()},
        // Σ s·w = 1E308 · 1E308 overflows
        {"=KPI.WEIGHTED(P1:P2;P1:P2)", E::illegalArgument()},
        // the year after 9999-12-31 (serial 2958465) is beyond the calendar
        {"=REQ.NEXTDUE(\"year\";2958465)", E::illegalArgument()},
    });
}

} // namespace concord::integration
