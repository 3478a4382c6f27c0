// SMART hints: one sentence in the goal's language on what to add first — what the text lacks
// (S, M, T) before what the rows must supply (A, R) — with an example made of the goal's own words
// where the fix is a level or a deadline; a confirmation when nothing is missing. Templates and
// example texts come from smart.json; expected texts below are those templates filled by hand.
#include "core/smart/Analyser.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::smart;
using concord::test::analyser;

namespace {

Evidence relevant(const char* goal) {
    Evidence e;
    e.goal = goal;
    e.owner = "Ivanova";
    e.parent = "G-1";
    return e;
}

} // namespace

TEST(SmartHint, EveryHintExistsInBothLanguages) {
    const Hints& hints = analyser().vocabulary().hints();
    for (const std::string& id : Hints::requiredIds()) {
        EXPECT_TRUE(hints.has(Language::En, id)) << "en " << id;
        EXPECT_TRUE(hints.has(Language::Ru, id)) << "ru " << id;
    }
}

TEST(SmartHint, NotSpecificAsksForTheResultQuotingTheGoal) {
    // S is first; no kind of indicator is named, so no level example: {start} is the whole
    // goal (2 words <= 6) without "."
    EXPECT_EQ("Make “Improve UX” specific: name the result, e.g. which indicator reaches which "
              "level, or what exactly is delivered.",
              analyser().analyse({"Improve UX."}).hint);
    EXPECT_EQ("Конкретизируйте «Повышение качества»: назовите результат — какой показатель "
              "достигнет какого уровня или что именно будет сделано.",
              analyser().analyse({"Повышение качества."}).hint);
    // an abstract topic needs a result, even when a known indicator is named
    EXPECT_EQ("Make “Drive digital transformation of sales” specific: name the result, e.g. "
              "which indicator reaches which level, or what exactly is delivered.",
              analyser().analyse({"Drive digital transformation of sales"}).hint);
}

TEST(SmartHint, DirectionOnAKnownIndicatorGetsALevelExampleFromItsOwnWords) {
    // "share" is in hintShare: the level goes at the end of the goal
    EXPECT_EQ("Make the goal specific with the level to reach, e.g. “Increase the share of "
              "online sales to 25%”.",
              analyser().analyse({"Increase the share of online sales."}).hint);
    // a word of downWord ("Reduce") picks the ".down" example where there is one
    EXPECT_EQ("Make the goal specific with the level to reach, e.g. “Reduce churn to 3%”.",
              analyser().analyse({"Reduce churn"}).hint);
    // "time" (hintTime) comes before "customer" (hintCount); the level goes before the
    // time words "in Q4 2026"
    EXPECT_EQ("Make the goal specific with the level to reach, e.g. “Reduce customer response "
              "time to 3 days in Q4 2026”.",
              analyser().analyse({"Reduce customer response time in Q4 2026."}).hint);
    // Russian: the preposition "в" belongs to the time words "в 2027 году"
    EXPECT_EQ("Конкретизируйте цель уровнем, которого нужно достичь, например: «Повысить долю "
              "онлайн-продаж до 25 % в 2027 году».",
              analyser().analyse({"Повысить долю онлайн-продаж в 2027 году."}).hint);
    // time words that open the goal stay where they are: the level goes at the end
    EXPECT_EQ("Конкретизируйте цель уровнем, которого нужно достичь, например: «К 2030 году "
              "сократить выбросы на 10 %».",
              analyser().analyse({"К 2030 году сократить выбросы."}).hint);
}

TEST(SmartHint, NotMeasurableAsksForALevel) {
    // S met by a deliverable, M missing: a deliverable has no indicator to put a level on
    EXPECT_EQ("Add a target level to “Launch the new pricing page”, e.g. “… to 25%”, "
              "“… 300 leads” or “… by $500k”.",
              analyser().analyse({"Launch the new pricing page."}).hint);
    EXPECT_EQ("Добавьте целевой уровень в «Внедрить CRM в отделе продаж», например: «… до "
              "25 %», «… 300 лидов» или «… на 1,2 млн руб.».",
              analyser().analyse({"Внедрить CRM в отделе продаж."}).hint);
    // S met by a deliverable that serves a direction on a known indicator: a level example
    EXPECT_EQ("Add a target level, e.g. “Launch a referral programme to increase sales by 10%”.",
              analyser().analyse({"Launch a referral programme to increase sales."}).hint);
}

TEST(SmartHint, LongGoalsAreQuotedByTheirFirstFourWords) {
    // 9 words > 6: "Reduce the pendency of" + "…"; the deadline argument makes it time-bound,
    // so owner and parent are what is left to add
    Evidence e{"Reduce the pendency of public procurement appeals to 15 months."};
    e.deadline = 46387; // 2026-12-31
    EXPECT_EQ("Name an owner for “Reduce the pendency of…” and link it to a parent goal (or mark "
              "it as a company-level goal).",
              analyser().analyse(e).hint);
}

TEST(SmartHint, LongGoalsKeepTenWordsBeforeTheExample) {
    // 13 words before the deadline: the first 3 give way to "…"
    EXPECT_EQ("Add a deadline, e.g. “…of active distributor accounts in the Northwest region to "
              "120 by 31.12.2026”.",
              analyser()
                  .analyse(relevant("Grow the number of active distributor accounts in the "
                                    "Northwest region to 120."))
                  .hint);
}

TEST(SmartHint, TargetFarFromBaselineNamesTheAllowedRange) {
    // baseline 30: allowed targets 30 / 4 = 7.5 to 30 * 4 = 120; 200 is outside
    Evidence e = relevant("Raise NPS to 45.");
    e.target = 200;
    e.baseline = 30;
    e.deadline = 46387; // time-bound, so A is the first letter missing
    EXPECT_EQ("The target 200 is more than 4 times away from the baseline 30: choose a target "
              "between 7.5 and 120 or explain the jump.",
              analyser().analyse(e).hint);
    e.goal = "Повысить NPS до 45.";
    EXPECT_EQ("Цель 200 отличается от базы 30 более чем в 4 раза: выберите цель от 7,5 до 120 "
              "или обоснуйте скачок.",
              analyser().analyse(e).hint);
}

TEST(SmartHint, RelevanceNamesWhatIsMissing) {
    // "Raise NPS to 45 by Q3 2026." has 7 words: {start} = "Raise NPS to 45…"
    Evidence e;
    e.goal = "Raise NPS to 45 by Q3 2026.";
    EXPECT_EQ("Name an owner for “Raise NPS to 45…” and link it to a parent goal (or mark it as "
              "a company-level goal).",
              analyser().analyse(e).hint);
    e.parent = "G-1";
    EXPECT_EQ("Name an owner for “Raise NPS to 45…”, the person who answers for it.",
              analyser().analyse(e).hint);
    e.parent.reset();
    e.owner = "Ivanova";
    EXPECT_EQ("Link “Raise NPS to 45…” to the parent goal it serves, or mark it as a "
              "company-level goal.",
              analyser().analyse(e).hint);
}

TEST(SmartHint, NotTimeBoundSuggestsADeadlineInTheGoalsLanguage) {
    EXPECT_EQ("Add a deadline, e.g. “Raise NPS to 45 by 31.12.2026”.",
              analyser().analyse(relevant("Raise NPS to 45.")).hint);
    EXPECT_EQ("Добавьте срок, например: «Повысить NPS до 45 к 31.12.2026».",
              analyser().analyse(relevant("Повысить NPS до 45.")).hint);
}

TEST(SmartHint, CompleteGoalGetsAConfirmation) {
    EXPECT_EQ("The goal is SMART.",
              analyser().analyse(relevant("Raise NPS to 45 by Q3 2026.")).hint);
    EXPECT_EQ("Цель соответствует SMART.",
              analyser().analyse(relevant("Повысить NPS до 45 к концу 2026 года.")).hint);
}

TEST(SmartHint, EmptyGoalAsksForAGoal) {
    EXPECT_EQ("Write the goal: what result, how much and by when.", analyser().analyse({""}).hint);
    EXPECT_EQ("Write the goal: what result, how much and by when.",
              analyser().analyse({" … ; "}).hint);
}

TEST(SmartHint, MixedGoalGetsTheHintOfItsMainLanguage) {
    // Cyrillic letters dominate: the hint is Russian; S, M, A, R met, T missing
    EXPECT_EQ("Добавьте срок, например: «Увеличить ARR с $10M до $15M к 31.12.2026».",
              analyser().analyse(relevant("Увеличить ARR с $10M до $15M")).hint);
}
