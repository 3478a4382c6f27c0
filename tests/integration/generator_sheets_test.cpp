// The generator through the real Calc: the five kinds of sheet from the small test
// workbook (GeneratorWorkbook), with the numbers worked out by hand there, in English and
// Russian, with shuffled columns, and the language default.
#include "GeneratorFixture.hpp"
#include "GeneratorSheetTexts.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <gtest/gtest.h>

namespace concord::integration {

namespace {

using Language = GeneratorWorkbook::Language;

/// The names of the generated sheets in language, in order, for input tables in
/// tableLanguage: a name held by an input table would become "name (2)" (none is since the
/// English matrix is "Request matrix", DESIGN §3).
std::vector<std::string> expectedSheets(const std::string& language,
                                        std::optional<Language> tableLanguage = std::nullopt) {
    const Language tables = tableLanguage.value_or(language == "ru" ? Language::Ru : Language::En);
    std::vector<std::string> inputs;
    for (const char* table : {"Departments", "KPIs", "Actuals", "Goals", "Requests", "Deliveries"})
        inputs.push_back(GeneratorWorkbook::sheetName(table, tables));
    std::vector<std::string> names;
    for (const auto& [id, code] :
         std::vector<std::pair<std::string, std::string>>{{"sheet.company", ""},
                                                          {"sheet.people", ""},
                                                          {"sheet.scorecard", "SAL"},
                                                          {"sheet.scorecard", "MKT"},
                                                          {"sheet.smart", ""},
                                                          {"sheet.requests", ""},
                                                          {"sheet.escalations", ""}}) {
        const std::string wanted = GeneratorSheetTexts::text(id, language, code);
        const bool taken = std::find(inputs.begin(), inputs.end(), wanted) != inputs.end();
        names.push_back(taken ? wanted + " (2)" : wanted);
    }
    return names;
}

GeneratorWorkbook::Options russian() {
    GeneratorWorkbook::Options options;
    options.language = Language::Ru;
    return options;
}

class GeneratorSheets : public GeneratorFixture {
protected:
    /// The hand-worked numbers of GeneratorWorkbook on the generated sheets in language.
    void expectHandWorkedNumbers(const std::string& language) {
        auto t = [&](const char* id) { return GeneratorSheetTexts::text(id, language); };
        const GeneratorSheetView sal =
            view(GeneratorSheetTexts::text("sheet.scorecard", language, "SAL"));
        const int id = sal.column(t("col.id"));
        const int actual = sal.column(t("col.actual"));
        const int attainment = sal.column(t("col.attainment"));
        const int score = sal.column(t("col.score"));
        const int status = sal.column(t("col.status"));
        ASSERT_GE(id, 0);
        ASSERT_GE(actual, 0);
        const int k1 = sal.row("K1", id);
        const int k3 = sal.row("K3", id);
        ASSERT_GE(k1, 0) << sal.allText();
        ASSERT_GE(k3, 0);
        // K1: 110 against 100, up: 1 + 10/100 = 1.1, green
        EXPECT_EQ(110.0, sal.number(k1, actual));
        EXPECT_NEAR(1.1, sal.number(k1, attainment).value_or(-99), 1e-12);
        EXPECT_NEAR(1.1, sal.number(k1, score).value_or(-99), 1e-12);
        EXPECT_EQ(1.0, sal.number(k1, status));
        // K3: 8 against 10, down: 1 − (8 − 10)/10 = 1.2 (the cap), green
        EXPECT_NEAR(1.2, sal.number(k3, score).value_or(-99), 1e-12);
        EXPECT_EQ(1.0, sal.number(k3, status));
        // SAL: (1.1 + 1.2)/2 = 1.15 beside its label
        const auto [scoreRow, labelCol] = sal.find(t("label.department_score"));
        ASSERT_GE(scoreRow, 0);
        EXPECT_NEAR(1.15, sal.number(scoreRow, labelCol + 1).value_or(-99), 1e-12);

        const GeneratorSheetView company =
            view(GeneratorSheetTexts::text("sheet.company", language));
        const int code = company.column(t("col.code"));
        const int departmentScore = company.column(t("col.score"));
        ASSERT_GE(code, 0);
        EXPECT_NEAR(1.15, company.number(company.row("SAL", code), departmentScore).value_or(-99),
                    1e-12);
        // MKT: K2 150 against 200: 1 + (150 − 200)/200 = 0.75, amber
        EXPECT_NEAR(0.75, company.number(company.row("MKT", code), departmentScore).value_or(-99),
                    1e-12);
        // Company: (1.15·2 + 0.75·1)/3 = 3.05/3
        const auto [companyRow, companyCol] = company.find(t("label.company_score"));
        ASSERT_GE(companyRow, 0);
        EXPECT_NEAR(3.05 / 3, company.number(companyRow, departmentScore).value_or(-99), 1e-12);
    }
};

} // namespace

TEST_F(GeneratorSheets, EnglishWorkbookGetsTheFiveKindsOfSheetAfterItsTables) {
    writeWorkbook();
    const std::vector<std::string> before = sheetNames();
    const auto result = build("", "en");

    const std::vector<std::string> expected = expectedSheets("en");
    EXPECT_EQ(expected, strings(result.sheets));
    std::vector<std::string> all = before;
    all.insert(all.end(), expected.begin(), expected.end());
    EXPECT_EQ(all, sheetNames());
    EXPECT_EQ("2026-02", ::concord::uno::toUtf8(result.period));
    EXPECT_EQ("2026-02", report(result)["period"]);
    expectHandWorkedNumbers("en");
}

TEST_F(GeneratorSheets, DerivedColumnsAreLiveConcordFormulas) {
    writeWorkbook();
    build("", "en");
    const std::string name = GeneratorSheetTexts::text("sheet.scorecard", "en", "SAL");
    const GeneratorSheetView sal = view(name);
    const int k1 = sal.row("K1", sal.column("ID"));
    for (const char* header : {"col.attainment", "col.score", "col.status"}) {
        const int col = sal.column(GeneratorSheetTexts::text(header, "en"));
        const std::string formula =
            ::concord::uno::toUtf8(sheet(name)->getCellByPosition(col, k1)->getFormula());
        EXPECT_EQ('=', formula.empty() ? ' ' : formula[0]) << header << ": " << formula;
        EXPECT_EQ(0, sheet(name)->getCellByPosition(col, k1)->getError()) << header;
    }
}

TEST_F(GeneratorSheets, RussianWorkbookGetsRussianSheetsWithTheSameNumbers) {
    writeWorkbook(russian());
    const auto result = build("", "ru");
    EXPECT_EQ(expectedSheets("ru"), strings(result.sheets));
    EXPECT_EQ("ru", report(result)["language"]);
    expectHandWorkedNumbers("ru");
}

TEST_F(GeneratorSheets, ShuffledColumnsGiveTheSameNumbers) {
    GeneratorWorkbook::Options shuffled;
    shuffled.shuffled = true;
    writeWorkbook(shuffled);
    const auto result = build("", "en");
    EXPECT_EQ(expectedSheets("en"), strings(result.sheets));
    EXPECT_TRUE(strings(result.problems).empty());
    expectHandWorkedNumbers("en");
}

// DESIGN §2 "Output language": without a language the table headers decide, before the
// document's locale (generator_language_test has the rest of the rule).
TEST_F(GeneratorSheets, EnglishHeadersBeatARussianDocumentLocale) {
    css::uno::Reference<css::beans::XPropertySet>(document().model(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharLocale", css::uno::Any(css::lang::Locale("ru", "RU", "")));
    writeWorkbook();
    const auto result = build();
    EXPECT_EQ(expectedSheets("en", Language::En), strings(result.sheets));
}

TEST_F(GeneratorSheets, RussianHeadersBeatAnEnglishDocumentLocale) {
    css::uno::Reference<css::beans::XPropertySet>(document().model(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharLocale", css::uno::Any(css::lang::Locale("en", "GB", "")));
    writeWorkbook(russian());
    const auto result = build();
    EXPECT_EQ(expectedSheets("ru", Language::Ru), strings(result.sheets));
}

TEST_F(GeneratorSheets, ChosenPeriodIsUsed) {
    writeWorkbook();
    const auto result = build("2026-01", "en");
    const nlohmann::json json = report(result);
    EXPECT_EQ("2026-01", json["period"]);
    // January: K1 90 against 100: 1 + (90 − 100)/100 = 0.9, amber; K3 has no value: stale
    for (const auto& department : json["departments"])
        for (const auto& kpi : department["kpis"]) {
            if (kpi["id"] == "K1") {
                EXPECT_EQ(90.0, kpi["actual"]);
                EXPECT_NEAR(0.9, kpi["score"].get<double>(), 1e-12);
                EXPECT_EQ(0, kpi["status"]);
            }
            if (kpi["id"] == "K3") {
                EXPECT_TRUE(kpi["actual"].is_null());
                EXPECT_TRUE(kpi["score"].is_null());
            }
        }
}

} // namespace concord::integration
