// SMART arguments as evidence (DESIGN §4): a deadline makes T, a KPI with a target makes M,
// a known target within [baseline/4, 4·baseline] makes A, an owner with a parent (or a
// company-level goal) makes R; score() counts the marks and missing() lists the rest.
#include "core/common/Error.hpp"
#include "core/smart/Analyser.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace concord::core::common;
using namespace concord::core::smart;
using concord::test::analyser;

namespace {

// A deliverable with no level and no time: S only, from the text.
const char* const launch = "Launch the new pricing page.";
// An indicator with a level and no time: S and M from the text.
const char* const raiseNps = "Raise NPS to 45.";

Evidence evidence(const char* goal) {
    Evidence e;
    e.goal = goal;
    return e;
}

} // namespace

TEST(Evidence, DeadlineArgumentMakesTheGoalTimeBound) {
    Evidence e = evidence(launch);
    EXPECT_FALSE(analyser().analyse(e).t); // the text has no time
    e.deadline = 46387;                    // 31.12.2026 as a Calc serial
    EXPECT_TRUE(analyser().analyse(e).t);
}

TEST(Evidence, KpiWithTargetMakesTheGoalMeasurable) {
    struct Row {
        std::optional<std::string> kpi;
        std::optional<double> target;
        bool measurable;
    };
    const Row rows[] = {
        {"K-07", 120.0, true},         // KPI and target: measurable
        {"K-07", std::nullopt, false}, // KPI without target: no level
        {std::nullopt, 120.0, false},  // target without KPI: no indicator
        {"   ", 120.0, false},         // blank KPI counts as not given
    };
    for (const Row& row : rows) {
        Evidence e = evidence(launch);
        e.kpi = row.kpi;
        e.target = row.target;
        EXPECT_EQ(row.measurable, analyser().analyse(e).m) << row.kpi.value_or("-");
    }
}

TEST(Evidence, AchievableNeedsAKnownTargetWithinAFactorOfFourOfTheBaseline) {
    struct Row {
        const char* goal;
        std::optional<double> target;
        std::optional<double> baseline;
        bool achievable;
        const char* why;
    };
    const Row rows[] = {
        {launch, std::nullopt, std::nullopt, false, "no target anywhere"},
        {raiseNps, std::nullopt, std::nullopt, true, "level 45 in the text"},
        {launch, 100.0, std::nullopt, true, "target, no baseline to compare"},
        {launch, 100.0, 30.0, true, "100 <= 4 * 30 = 120"},
        {launch, 120.0, 30.0, true, "120 = 4 * 30, the upper bound is inside"},
        {launch, 130.0, 30.0, false, "130 > 4 * 30 = 120"},
        {launch, 7.5, 30.0, true, "7.5 = 30 / 4, the lower bound is inside"},
        {launch, 7.0, 30.0, false, "7 < 30 / 4 = 7.5"},
        {launch, 500.0, 0.0, true, "baseline 0: no check"},
        {launch, -50.0, -20.0, true, "|-50| <= 4 * |-20| = 80"},
        {launch, -100.0, -20.0, false, "|-100| > 80"},
        {raiseNps, std::nullopt, 10.0, true, "target only in the text: no range check"},
    };
    for (const Row& row : rows) {
        Evidence e = evidence(row.goal);
        e.target = row.target;
        e.baseline = row.baseline;
        EXPECT_EQ(row.achievable, analyser().analyse(e).a) << row.why;
    }
}

TEST(Evidence, RelevantNeedsAnOwnerAndAParentOrCompanyLevel) {
    struct Row {
        std::optional<std::string> owner;
        std::optional<std::string> parent;
        bool companyLevel;
        bool relevant;
    };
    const Row rows[] = {
        {"Ivanova", "G-1", false, true},           // owner and parent
        {"Ivanova", std::nullopt, true, true},     // company goal needs no parent
        {"Ivanova", std::nullopt, false, false},   // no parent
        {std::nullopt, "G-1", false, false},       // no owner
        {std::nullopt, std::nullopt, true, false}, // company goal still needs an owner
        {" ", "G-1", false, false},                // blank owner counts as not given
        {"Ivanova", "", false, false},             // empty parent counts as not given
    };
    for (const Row& row : rows) {
        Evidence e = evidence(launch);
        e.owner = row.owner;
        e.parent = row.parent;
        e.companyLevel = row.companyLevel;
        EXPECT_EQ(row.relevant, analyser().analyse(e).r)
            << row.owner.value_or("-") << " / " << row.parent.value_or("-");
    }
}

TEST(Evidence, ArgumentsDoNotMakeAVagueGoalSpecific) {
    // S comes from the text alone: every argument given, "Improve UX." stays not specific
    Evidence e = evidence("Improve UX.");
    e.kpi = "K-07";
    e.target = 80;
    e.deadline = 46387;
    e.owner = "Ivanova";
    e.parent = "G-1";
    const Result r = analyser().analyse(e);
    EXPECT_FALSE(r.s);
    EXPECT_EQ(4, r.score());
    EXPECT_EQ("S", r.missing());
}

TEST(Evidence, ScoreAndMissingFollowTheMarks) {
    struct Row {
        bool s, m, a, r, t;
        int score;
        const char* missing;
    };
    const Row rows[] = {
        {true, true, true, true, true, 5, ""},
        {false, false, false, false, false, 0, "S,M,A,R,T"},
        {false, true, true, true, false, 3, "S,T"},
        {true, false, true, false, true, 3, "M,R"},
        {true, true, true, true, false, 4, "T"},
    };
    for (const Row& row : rows) {
        Result result;
        result.s = row.s;
        result.m = row.m;
        result.a = row.a;
        result.r = row.r;
        result.t = row.t;
        EXPECT_EQ(row.score, result.score()) << row.missing;
        EXPECT_EQ(row.missing, result.missing());
        // definition: score + number of missing letters = 5
        const std::string missing = result.missing();
        const int letters =
            missing.empty() ? 0 : int(1 + std::count(missing.begin(), missing.end(), ','));
        EXPECT_EQ(5, result.score() + letters);
    }
}

TEST(Evidence, FullEvidenceOnATextOnlyGoal) {
    // "Grow ARR from $8M to $12M in 2027." S, M, T from the text; target 12 with baseline
    // 8 is achievable (12 <= 32); owner with parent makes R: 5 of 5
    Evidence e = evidence("Grow ARR from $8M to $12M in 2027.");
    e.target = 12;
    e.baseline = 8;
    e.owner = "Petrov";
    e.parent = "G-1";
    const Result r = analyser().analyse(e);
    EXPECT_EQ(5, r.score());
    EXPECT_EQ("", r.missing());
}

TEST(Evidence, NonFiniteNumbersAreRejected) {
    Evidence e = evidence(launch);
    e.target = std::numeric_limits<double>::quiet_NaN();
    try {
        analyser().analyse(e);
        FAIL() << "NaN target accepted";
    } catch (const Error& error) {
        EXPECT_EQ("smart.not_finite", error.id());
        EXPECT_STREQ("[smart.not_finite] SMART argument must be a finite number: target",
                     error.what());
    }
    e.target.reset();
    e.baseline = std::numeric_limits<double>::infinity();
    EXPECT_THROW(analyser().analyse(e), Error);
}

TEST(Evidence, InvalidUtf8IsRejected) {
    // byte 0xFF can never appear in UTF-8; it is the 7th byte (offset 6)
    try {
        analyser().analyse(evidence("Launch\xFF the page"));
        FAIL() << "invalid UTF-8 accepted";
    } catch (const Error& error) {
        EXPECT_STREQ("[smart.invalid_utf8] goal text is not valid UTF-8 at byte: 6", error.what());
    }
}
