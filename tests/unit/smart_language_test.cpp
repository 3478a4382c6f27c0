// Language of a goal: Russian when Cyrillic letters outnumber Latin ones, else English;
// acronyms (two capitals or more: ARR, SAP, МФЦ) count only when the text has no other word.
// Letters are counted by hand in the comments.
#include "core/smart/Analyser.hpp"
#include "core/smart/Language.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::smart;

TEST(SmartLanguage, LettersDecide) {
    struct Row {
        const char* text;
        Language language;
    };
    const Row rows[] = {
        {"Launch the pricing page.", Language::En},      // Latin only
        {"Запустить страницу цен.", Language::Ru},       // Cyrillic only
        {"Увеличить ARR с $10M до $15M", Language::Ru},  // Cyrillic 9+1+2 = 12 > Latin 1+1 = 2
        {"Migrate 1С to SAP S/4HANA", Language::En},     // Latin 7+2+1 = 10 > Cyrillic 1
        {"Запустить CRM", Language::Ru},                 // Cyrillic 9 > Latin 0
        {"Внедрить SAP S/4HANA", Language::Ru},          // Cyrillic 8 > Latin 1 ("S")
        {"Запустить Salesforce в отделе", Language::Ru}, // Cyrillic 9+1+6 = 16 > Latin 10
        {"Roll out 1С:Бухгалтерия", Language::Ru},       // Cyrillic 1+11 = 12 > Latin 4+3 = 7
        {"Deploy Битрикс24 in Kazan", Language::En},     // Latin 6+2+5 = 13 > Cyrillic 7
        {"NPS ≥ 50", Language::En},                      // acronyms only: Latin 3
        {"ДТП -20%", Language::Ru},                      // acronyms only: Cyrillic 3
        {"", Language::En},                              // no letters
        {"2026 — 100%", Language::En},                   // no letters
        {"Ёлка к 31.12", Language::Ru},                  // "Ё" is Cyrillic
    };
    for (const Row& row : rows)
        EXPECT_EQ(row.language, detectLanguage(row.text)) << row.text;
}

TEST(SmartLanguage, AnalyserReportsTheSameLanguage) {
    static const Analyser analyser(Vocabulary::load(CONCORD_DATA_DIR "/smart.json"));
    // the last two were found by the fuzzer: a word of capitals in two scripts ("ПϾ", one
    // Cyrillic letter) and an apostrophe inside a word of capitals must be cut and counted
    // the same way by both
    for (const char* text :
         {"Launch the pricing page.", "Увеличить ARR с $10M до $15M", "Внедрить SAP S/4HANA", "",
          "\xD0\x9F\xCF\xBE"
          "0H.M/A/?\xC7\x81твду",
          "DON'T Запуск"})
        EXPECT_EQ(detectLanguage(text), analyser.analyse({text}).language) << text;
}

TEST(SmartLanguage, CodesAreIso639) {
    EXPECT_STREQ("en", languageCode(Language::En));
    EXPECT_STREQ("ru", languageCode(Language::Ru));
}
