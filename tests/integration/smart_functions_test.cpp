// The SMART.* functions in Calc on clear-cut goals (the analyser's own rules are tested in
// tests/unit). DESIGN §4: S, M, T from the text (or a KPI with a target for M, a deadline
// for T); A when a target is known (argument or a number in the text); R when both an
// owner and a parent are given. Z1 is an empty cell.
#include "CalcSheetTest.hpp"

#include <algorithm>
#include <set>

namespace concord::integration {

namespace {

using E = Expected;

/// "S,M,A" -> {"S", "M", "A"}.
std::set<std::string> letters(const std::string& missing) {
    std::set<std::string> result;
    std::size_t start = 0;
    while (start < missing.size()) {
        const std::size_t comma = std::min(missing.find(',', start), missing.size());
        result.insert(missing.substr(start, comma - start));
        start = comma + 1;
    }
    return result;
}

bool hasCyrillic(const std::string& utf8) {
    // Cyrillic U+0400..U+04FF is encoded with lead bytes 0xD0..0xD3.
    for (unsigned char c : utf8)
        if (c >= 0xD0 && c <= 0xD3)
            return true;
    return false;
}

} // namespace

class SmartFunctions : public CalcSheetTest {};

TEST_F(SmartFunctions, CompleteGoalScoresFiveAndMissesNothing) {
    check({
        // S revenue; M 10%; A 10 is a target in the text; R owner + parent; T by 31.12.2026
        {"=SMART.SCORE(\"Increase revenue by 10% by 31.12.2026\";;;;\"Sales\";\"G1\")",
         E::number(5)},
        {"=SMART.MISSING(\"Increase revenue by 10% by 31.12.2026\";;;;\"Sales\";\"G1\")",
         E::text("")},
        // the same goal in Russian: "к 31.12.2026" is the deadline
        {"=SMART.SCORE(\"Увеличить выручку на 10% к 31.12.2026\";;;;\"Продажи\";\"G1\")",
         E::number(5)},
        {"=SMART.MISSING(\"Увеличить выручку на 10% к 31.12.2026\";;;;\"Продажи\";\"G1\")",
         E::text("")},
    });
}

TEST_F(SmartFunctions, RelevantNeedsBothOwnerAndParent) {
    check({
        {"=SMART.SCORE(\"Increase revenue by 10% by 31.12.2026\")", E::number(4)}, // no R
        {"=SMART.MISSING(\"Increase revenue by 10% by 31.12.2026\")", E::text("R")},
        {"=SMART.MISSING(\"Increase revenue by 10% by 31.12.2026\";;;;\"Sales\")",
         E::text("R")}, // owner without parent
    });
}

TEST_F(SmartFunctions, AbstractDirectionMissesEverything) {
    check({
        // no outcome, no number, no deadline; no target, no owner or parent
        {"=SMART.SCORE(\"Improve UX\")", E::number(0)},
        {"=SMART.MISSING(\"Improve UX\")", E::text("S,M,A,R,T")},
        {"=SMART.MISSING(\"Improve UX\";;;;\"Design\";\"G1\")", E::text("S,M,A,T")}, // R only
    });
}

TEST_F(SmartFunctions, DeadlineAndTargetArgumentsCountUnlessEmptyOrZero) {
    check({
        // the text has M and A (10%) but no deadline: the argument makes it time-bound
        {"=SMART.MISSING(\"Increase revenue by 10%\";;;DATE(2026;12;31);\"Sales\";\"G1\")",
         E::text("")},
        {"=SMART.MISSING(\"Increase revenue by 10%\";;;Z1;\"Sales\";\"G1\")", E::text("T")},
        {"=SMART.MISSING(\"Increase revenue by 10%\";;;0;\"Sales\";\"G1\")", E::text("T")},
    });
}

TEST_F(SmartFunctions, KpiWithTargetMakesAGoalMeasurableAndAchievable) {
    // The text has a deadline but no target level. Whether "Increase revenue" alone is
    // specific is the analyser's call, so only M and A are compared.
    setFormula("A1",
               "=SMART.MISSING(\"Increase revenue by 31.12.2026\";\"K1\";120;;\"Sales\";\"G1\")");
    setFormula("A2",
               "=SMART.MISSING(\"Increase revenue by 31.12.2026\";\"K1\";Z1;;\"Sales\";\"G1\")");
    setFormula("A3",
               "=SMART.MISSING(\"Increase revenue by 31.12.2026\";\"K1\";0;;\"Sales\";\"G1\")");
    recalculate();
    const std::set<std::string> withTarget = letters(result("A1").text);
    EXPECT_EQ(0U, withTarget.count("M")) << result("A1").text; // KPI + target 120
    EXPECT_EQ(0U, withTarget.count("A")) << result("A1").text; // target 120 is known
    EXPECT_EQ(0U, withTarget.count("T")) << result("A1").text; // by 31.12.2026
    EXPECT_EQ(0U, withTarget.count("R")) << result("A1").text; // owner + parent
    std::set<std::string> expected = withTarget;               // an empty or 0 target is no target:
    expected.insert({"M", "A"});                               // neither measurable nor achievable
    EXPECT_EQ(expected, letters(result("A2").text)) << result("A2").text;
    EXPECT_EQ(expected, letters(result("A3").text)) << result("A3").text;
}

TEST_F(SmartFunctions, HintIsASentenceInTheGoalsLanguage) {
    setFormula("A1", "=SMART.HINT(\"Improve UX\")");
    setFormula("A2", "=SMART.HINT(\"Повышение качества\")");
    recalculate();
    const CellResult english = result("A1");
    const CellResult russian = result("A2");
    ASSERT_EQ(0, english.error);
    ASSERT_EQ(0, russian.error);
    EXPECT_TRUE(english.isText);
    EXPECT_TRUE(russian.isText);
    EXPECT_GT(english.text.size(), 10U) << english.text;
    EXPECT_FALSE(hasCyrillic(english.text)) << english.text;
    EXPECT_TRUE(hasCyrillic(russian.text)) << russian.text;
}

} // namespace concord::integration
