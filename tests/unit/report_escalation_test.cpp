// The escalation sentence of ladder steps 2 and 3 (DESIGN §1, §3): facts, not opinions —
// "we do not receive X from them, and we need it because Y" — in the build language.
#include "core/common/CivilDate.hpp"
#include "core/report/Results.hpp"
#include "support/ShippedData.hpp"
#include "support/WorkbookBuilder.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::report;
using concord::test::analyser;
using concord::test::texts;
using concord::test::WorkbookBuilder;

namespace {

/// SAL asks MKT ("Маркетинг") for leads monthly, due on the 10th; delivered in July only,
/// so as of 30 September August and September are missed: 2 in a row → step 2.
Workbook workbook(const std::string& what, const std::string& why) {
    return WorkbookBuilder()
        .department("SAL", "Продажи")
        .department("MKT", "Маркетинг")
        .request("R1", "SAL", "MKT", what, {{"why", why}, {"due_day", 10.0}, {"agreed", "yes"}})
        .delivery("R1", "2026-07", "2026-07-05")
        .read();
}

std::string sentence(const Workbook& w, Language language) {
    const Report r = computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), language);
    EXPECT_EQ(2, r.requests.at(0).ladder);
    return r.requests.at(0).escalation;
}

} // namespace

TEST(ReportEscalation, RussianSentenceFromWhatToAndWhy) {
    EXPECT_EQ("Мы не получаем от отдела «Маркетинг»: список лидов с контактами. Нам это нужно, "
              "потому что мы звоним им в тот же день.",
              sentence(workbook("список лидов с контактами", "мы звоним им в тот же день."),
                       Language::Ru));
}

TEST(ReportEscalation, EnglishSentence) {
    EXPECT_EQ("We do not receive from Маркетинг: the list of leads with contacts. We need it "
              "because we call them the same day.",
              sentence(workbook("the list of leads with contacts.", "we call them the same day"),
                       Language::En));
}

TEST(ReportEscalation, AWhyThatStatesItsPurposeFollowsNeedItDirectly) {
    // "Чтобы …" / "To …" already says what for: "нужно, чтобы …", "need it to …", never
    // "потому что чтобы …"; the capital is made small as in the middle of a sentence.
    EXPECT_EQ("Мы не получаем от отдела «Маркетинг»: список лидов. Нам это нужно, чтобы "
              "звонить каждому лиду в течение дня.",
              sentence(workbook("список лидов", "Чтобы звонить каждому лиду в течение дня"),
                       Language::Ru));
    EXPECT_EQ("We do not receive from Маркетинг: leads. We need it to call every lead within a "
              "day.",
              sentence(workbook("leads", "to call every lead within a day."), Language::En));
    // "tomorrow …" starts with "to" but not with the word "to"
    EXPECT_EQ("We do not receive from Маркетинг: leads. We need it because tomorrow we call.",
              sentence(workbook("leads", "tomorrow we call"), Language::En));
}

TEST(ReportEscalation, WithoutWhyTheSentenceStopsAfterTheFact) {
    EXPECT_EQ("Мы не получаем от отдела «Маркетинг»: список лидов.",
              sentence(workbook("список лидов", "  "), Language::Ru));
}

TEST(ReportEscalation, WhatAndWhyReadAsTheMiddleOfTheSentence) {
    const struct {
        const char* what;
        const char* sentence;
    } cases[] = {
        // a capital first letter followed by a small one becomes small, Cyrillic too
        {"Обратная связь по лидам.",
         "Мы не получаем от отдела «Маркетинг»: обратная связь по лидам."},
        {"Signed notes", "Мы не получаем от отдела «Маркетинг»: signed notes."},
        // abbreviations stay as written
        {"CRM-выгрузка", "Мы не получаем от отдела «Маркетинг»: CRM-выгрузка."},
        {"B2B-заказы", "Мы не получаем от отдела «Маркетинг»: B2B-заказы."},
        {"Я", "Мы не получаем от отдела «Маркетинг»: Я."},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        EXPECT_EQ(c.sentence, sentence(workbook(c.what, ""), Language::Ru));
    }
}

TEST(ReportEscalation, StepOneHasNoSentence) {
    // delivered in August too: only September missed → step 1, no sentence
    Workbook w = workbook("список лидов", "нужно");
    Delivery august = w.deliveries.at(0);
    august.period = {Frequency::Month, 2026, 8};
    august.deliveredOn = daysFromCivil({2026, 8, 5});
    w.deliveries.push_back(august);
    const Report r =
        computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), Language::Ru);
    EXPECT_EQ(1, r.requests.at(0).ladder);
    EXPECT_EQ("", r.requests.at(0).escalation);
}

TEST(ReportEscalation, UnknownDepartmentIsNamedByItsCode) {
    Workbook w = workbook("leads", "we sell");
    w.departments.pop_back();
    const Report r =
        computeResults(w, {Frequency::Month, 2026, 9}, analyser(), texts(), Language::En);
    EXPECT_EQ("We do not receive from MKT: leads. We need it because we sell.",
              r.requests.at(0).escalation);
}
