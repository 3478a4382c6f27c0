// Language of a goal: Russian when Cyrillic letters outnumber Latin ones, else English.
// Letters are counted by hand in the comments.
#include "core/smart/Language.hpp"
#include "core/smart/SmartAnalyser.hpp"

#include <gtest/gtest.h>

using namespace concord::core;

TEST(SmartLanguage, LettersDecide) {
    struct Row {
        const char* text;
        Language language;
    };
    const Row rows[] = {
        {"Launch the pricing page.", Language::En},     // Latin only
        {"Запустить страницу цен.", Language::Ru},      // Cyrillic only
        {"Увеличить ARR с $10M до $15M", Language::Ru}, // Cyrillic 9+1+2 = 12 > Latin 3+1+1 = 5
        {"Migrate 1С to SAP S/4HANA", Language::En},    // Latin 7+2+3+1+4 = 17 > Cyrillic 1
        {"Запустить CRM", Language::Ru},                // Cyrillic 9 > Latin 3
        {"Внедрить SAP S/4HANA", Language::En},         // tie 8 = 3+1+4: not dominant
        {"", Language::En},                             // no letters
        {"2026 — 100%", Language::En},                  // no letters
        {"Ёлка к 31.12", Language::Ru},                 // "Ё" is Cyrillic
    };
    for (const Row& row : rows)
        EXPECT_EQ(row.language, detectLanguage(row.text)) << row.text;
}

TEST(SmartLanguage, AnalyserReportsTheSameLanguage) {
    static const SmartAnalyser analyser(SmartVocabulary::load(CONCORD_DATA_DIR "/smart.json"));
    for (const char* text :
         {"Launch the pricing page.", "Увеличить ARR с $10M до $15M", "Внедрить SAP S/4HANA", ""})
        EXPECT_EQ(detectLanguage(text), analyser.analyse({text}).language) << text;
}

TEST(SmartLanguage, CodesAreIso639) {
    EXPECT_STREQ("en", languageCode(Language::En));
    EXPECT_STREQ("ru", languageCode(Language::Ru));
}
