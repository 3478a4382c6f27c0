// The output language of a build (DESIGN §2 "Output language"): the language asked for,
// else the language of most of the table names and headers the reader matched, else the
// document's locale, else English; a mixed workbook gets a note, and one build never mixes.
#include "core/model/HeaderLanguage.hpp"
#include "core/model/OutputLanguage.hpp"
#include "core/model/TableSchema.hpp"
#include "core/sheets/Build.hpp"

#include "support/ReaderSupport.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::sheets;

using readertest::sheet;

namespace {

Cell t(const char* text) {
    return std::string(text);
}

const TableSchema& schema() {
    static const TableSchema shipped = TableSchema::load(CONCORD_DATA_DIR "/tables.json");
    return shipped;
}

/// Two required tables with a department and a KPI, names and headers as given.
std::vector<RawSheet> tables(const char* departments, std::vector<Cell> departmentHeaders,
                             const char* kpis, std::vector<Cell> kpiHeaders) {
    return {sheet(departments, {departmentHeaders, {t("S"), t("Sales"), 1.0}}),
            sheet(kpis, {kpiHeaders, {t("K1"), t("Leads"), t("S"), 100.0}})};
}

/// Russian names: 2 sheet names + Код, Название, Вес + Название, Подразделение, Целевое
/// значение = 8 Russian words; ID is both languages' word and counts for neither.
std::vector<RawSheet> russian() {
    return tables("Подразделения", {t("Код"), t("Название"), t("Вес")}, "Показатели",
                  {t("ID"), t("Название"), t("Подразделение"), t("Целевое значение")});
}

/// The same in English: Departments, KPIs, Code, Name, Weight, Name, Department, Target = 8.
std::vector<RawSheet> english() {
    return tables("Departments", {t("Code"), t("Name"), t("Weight")}, "KPIs",
                  {t("ID"), t("Name"), t("Department"), t("Target")});
}

/// Russian sheet names, English headers: en Code, Name, Weight, Name, Department, Target = 6;
/// ru Подразделения, Показатели = 2 → English, the majority.
std::vector<RawSheet> mostlyEnglish() {
    return tables("Подразделения", {t("Code"), t("Name"), t("Weight")}, "Показатели",
                  {t("ID"), t("Name"), t("Department"), t("Target")});
}

/// As many of each: en Departments, Name, Name, Target = 4; ru Код, Вес, Показатели,
/// Подразделение = 4.
std::vector<RawSheet> tie() {
    return tables("Departments", {t("Код"), t("Name"), t("Вес")}, "Показатели",
                  {t("ID"), t("Name"), t("Подразделение"), t("Target")});
}

BuildOptions options(std::optional<Language> language, std::optional<Language> document) {
    BuildOptions o;
    o.language = language;
    o.documentLanguage = document;
    o.period = "2026-09";
    return o;
}

std::vector<std::string> names(const BuildResult& result) {
    std::vector<std::string> out;
    for (const Layout& s : result.sheets)
        out.push_back(s.name);
    return out;
}

} // namespace

TEST(HeaderVote, CountsLanguageOnlyNamesOfMatchedTables) {
    const HeaderVote ru = HeaderVote::count(schema(), russian());
    EXPECT_EQ(0, ru.en);
    EXPECT_EQ(8, ru.ru);
    EXPECT_EQ(Language::Ru, ru.majority());
    EXPECT_FALSE(ru.mixed());

    const HeaderVote en = HeaderVote::count(schema(), english());
    EXPECT_EQ(8, en.en);
    EXPECT_EQ(0, en.ru);
    EXPECT_EQ(Language::En, en.majority());

    const HeaderVote mixed = HeaderVote::count(schema(), mostlyEnglish());
    EXPECT_EQ(6, mixed.en);
    EXPECT_EQ(2, mixed.ru);
    EXPECT_TRUE(mixed.mixed());
    EXPECT_EQ(Language::En, mixed.majority());

    const HeaderVote even = HeaderVote::count(schema(), tie());
    EXPECT_EQ(4, even.en);
    EXPECT_EQ(4, even.ru);
    EXPECT_FALSE(even.majority());
}

TEST(HeaderVote, IgnoresSheetsAndHeadersNoTableHas) {
    // "Notes" is no table; "Комментарий" is no column of Departments; "ID" is both languages'.
    const HeaderVote vote = HeaderVote::count(
        schema(), {sheet("Notes", {{t("Код"), t("Название")}}),
                   sheet("Departments", {{t("ID"), t("Комментарий"), t("Code")}})});
    EXPECT_EQ(2, vote.en); // Departments, Code
    EXPECT_EQ(0, vote.ru);
}

TEST(OutputLanguage, RequestedThenHeadersThenDocumentThenEnglish) {
    const HeaderVote ru{0, 8};
    const HeaderVote even{4, 4};
    const HeaderVote none{};
    struct Case {
        const char* name;
        std::optional<Language> requested;
        HeaderVote headers;
        std::optional<Language> document;
        Language language;
        LanguageSource source;
    };
    const Case cases[] = {
        {"asked for en beats Russian headers", Language::En, ru, Language::Ru, Language::En,
         LanguageSource::Requested},
        {"Russian headers beat an English document", std::nullopt, ru, Language::En, Language::Ru,
         LanguageSource::Headers},
        {"a tie falls back to the document", std::nullopt, even, Language::Ru, Language::Ru,
         LanguageSource::Document},
        {"no header matched: the document", std::nullopt, none, Language::Ru, Language::Ru,
         LanguageSource::Document},
        {"a tie and a German document: English", std::nullopt, even, std::nullopt, Language::En,
         LanguageSource::Default},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const OutputLanguage chosen = OutputLanguage::resolve(c.requested, c.headers, c.document);
        EXPECT_EQ(c.language, chosen.language);
        EXPECT_EQ(c.source, chosen.source);
    }
}

TEST(OutputLanguage, RussianHeadersBuildRussianSheetsInAnEnglishDocument) {
    const BuildResult result =
        build(russian(), options(std::nullopt, Language::En), CONCORD_DATA_DIR);
    EXPECT_EQ(Language::Ru, result.language);
    EXPECT_EQ(LanguageSource::Headers, result.languageSource);
    EXPECT_EQ((std::vector<std::string>{"Компания", "Сотрудники", "Карта S", "SMART",
                                        "Матрица запросов", "Эскалации"}),
              names(result));
    EXPECT_EQ("ru", result.report["language"]);
    EXPECT_TRUE(result.notes.empty());
}

TEST(OutputLanguage, AskedForEnglishWinsOverRussianHeaders) {
    const BuildResult result =
        build(russian(), options(Language::En, Language::Ru), CONCORD_DATA_DIR);
    EXPECT_EQ(Language::En, result.language);
    EXPECT_EQ((std::vector<std::string>{"Company", "People", "Scorecard S", "SMART",
                                        "Request matrix", "Escalations"}),
              names(result));
}

TEST(OutputLanguage, MixedHeadersFollowTheMajorityWithANote) {
    const BuildResult result =
        build(mostlyEnglish(), options(std::nullopt, Language::Ru), CONCORD_DATA_DIR);
    EXPECT_EQ(Language::En, result.language);
    EXPECT_EQ("Company", names(result).front());
    EXPECT_EQ((std::vector<std::string>{
                  "The table names and headers mix English (6) and Russian (2) words; the sheets "
                  "are written in English, the language of most of them."}),
              result.notes);
}

TEST(OutputLanguage, TieFallsBackToTheDocumentLocale) {
    EXPECT_EQ(Language::Ru,
              build(tie(), options(std::nullopt, Language::Ru), CONCORD_DATA_DIR).language);
    const BuildResult english = build(tie(), options(std::nullopt, std::nullopt), CONCORD_DATA_DIR);
    EXPECT_EQ(Language::En, english.language);
    EXPECT_EQ(LanguageSource::Default, english.languageSource);
    EXPECT_TRUE(english.notes.empty());
}

TEST(OutputLanguage, ProblemsAreInTheResolvedLanguage) {
    std::vector<RawSheet> sheets = russian();
    sheets[1].cells.at(1, 3) = t("много"); // Целевое значение: not a number
    const BuildResult result = build(sheets, options(std::nullopt, Language::En), CONCORD_DATA_DIR);
    ASSERT_EQ(1u, result.messages.size());
    EXPECT_EQ("Лист «Показатели», ячейка D2: ожидалось число, найдено «много»", result.messages[0]);
}
