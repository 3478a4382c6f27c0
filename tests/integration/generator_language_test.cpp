// The output language in real Calc (DESIGN §2 "Output language"): a Russian workbook whose
// document locale is English (made by another program) builds Russian sheets, words and
// sentences; "en" asked for builds English; an English workbook gets "Request matrix" and
// no note. And one-off requests whose Due day is a date (a date cell or a date text).
#include "GeneratorFixture.hpp"
#include "GeneratorSheetTexts.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include <gtest/gtest.h>

namespace concord::integration {

namespace {

using Language = GeneratorWorkbook::Language;

css::uno::Any text(const std::string& value) {
    return css::uno::Any(::concord::uno::fromUtf8(value));
}

css::uno::Any number(double value) {
    return css::uno::Any(value);
}

const nlohmann::json* requestOf(const nlohmann::json& report, const std::string& id) {
    for (const auto& request : report["requests"])
        if (request["id"] == id)
            return &request;
    return nullptr;
}

class GeneratorLanguage : public GeneratorFixture {
protected:
    void setDocumentLocale(const char* language, const char* country) {
        css::uno::Reference<css::beans::XPropertySet>(document().model(), css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("CharLocale", css::uno::Any(css::lang::Locale(
                                                 rtl::OUString::createFromAscii(language),
                                                 rtl::OUString::createFromAscii(country), "")));
    }

    void writeRussianWorkbook() {
        GeneratorWorkbook::Options options;
        options.language = Language::Ru;
        writeWorkbook(options);
    }

    /// Writes a text into a cell as text (setString: Calc does not read it as a date).
    void setText(const std::string& sheetName, int col, int row, const std::string& value) {
        css::uno::Reference<css::text::XText>(sheet(sheetName)->getCellByPosition(col, row),
                                              css::uno::UNO_QUERY_THROW)
            ->setString(::concord::uno::fromUtf8(value));
    }
};

} // namespace

TEST_F(GeneratorLanguage, RussianWorkbookInAnEnglishDocumentBuildsRussian) {
    setDocumentLocale("en", "US");
    writeRussianWorkbook();
    // the default period 2026-02: K1 110 against 100 → 1.1, green (GeneratorWorkbook)
    const auto result = build();
    const std::vector<std::string> sheets = strings(result.sheets);
    ASSERT_FALSE(sheets.empty());
    EXPECT_EQ("Компания", sheets.front());
    EXPECT_NE(sheets.end(), std::find(sheets.begin(), sheets.end(), "Карта SAL"));
    EXPECT_NE(sheets.end(), std::find(sheets.begin(), sheets.end(), "Матрица запросов"));
    EXPECT_EQ("ru", report(result)["language"]);
    EXPECT_EQ(std::vector<std::string>{}, strings(result.notes));

    // a header and a word: K1 is "рост" in the column "Направление"
    const GeneratorSheetView sal = view("Карта SAL");
    const int k1 = sal.row("K1", sal.column("ID"));
    const int direction = sal.column("Направление");
    ASSERT_GE(k1, 0) << sal.allText();
    ASSERT_GE(direction, 0) << sal.allText();
    EXPECT_EQ("рост", sal.text(k1, direction));
    // the status cell (1) shows the Russian word through its number format
    const int status = sal.column("Статус");
    ASSERT_GE(status, 0);
    EXPECT_EQ(1.0, sal.number(k1, status));
    EXPECT_EQ("● зелёный",
              ::concord::uno::toUtf8(
                  css::uno::Reference<css::text::XText>(
                      sheet("Карта SAL")->getCellByPosition(status, k1), css::uno::UNO_QUERY_THROW)
                      ->getString()));

    // P = 2026-03: R1 (monthly by day 5, agreed) was delivered for January only, so
    // February and March are missed: 2 in a row → step 2 with the sentence, entirely
    // Russian: Why "чтобы звонить…" follows "нужно,".
    const auto march = build("2026-03");
    const nlohmann::json marchReport = report(march);
    const nlohmann::json* r1 = requestOf(marchReport, "R1");
    ASSERT_NE(nullptr, r1);
    EXPECT_EQ(2, (*r1)["ladder"]);
    EXPECT_EQ("Мы не получаем от отдела «Маркетинг»: список лидов с контактами. Нам это нужно, "
              "чтобы звонить каждому лиду в течение дня.",
              (*r1)["escalation"]);
    EXPECT_NE(std::string::npos, view("Эскалации").allText().find("Нам это нужно, чтобы"));
}

TEST_F(GeneratorLanguage, EnglishAskedForBuildsEnglishFromARussianWorkbook) {
    setDocumentLocale("en", "US");
    writeRussianWorkbook();
    const auto result = build("2026-03", "en");
    const std::vector<std::string> sheets = strings(result.sheets);
    ASSERT_FALSE(sheets.empty());
    EXPECT_EQ("Company", sheets.front());
    EXPECT_NE(sheets.end(), std::find(sheets.begin(), sheets.end(), "Scorecard SAL"));
    EXPECT_NE(sheets.end(), std::find(sheets.begin(), sheets.end(), "Request matrix"));
    EXPECT_EQ("en", report(result)["language"]);
    const GeneratorSheetView sal = view("Scorecard SAL");
    EXPECT_EQ("up", sal.text(sal.row("K1", sal.column("ID")), sal.column("Direction")));
}

TEST_F(GeneratorLanguage, EnglishWorkbookGetsRequestMatrixAndNoNote) {
    writeWorkbook();
    const auto result = build("", "en");
    const std::vector<std::string> sheets = strings(result.sheets);
    EXPECT_NE(sheets.end(), std::find(sheets.begin(), sheets.end(), "Request matrix"));
    EXPECT_EQ(sheets.end(), std::find(sheets.begin(), sheets.end(), "Requests (2)"));
    EXPECT_EQ(std::vector<std::string>{}, strings(result.notes));
}

TEST_F(GeneratorLanguage, UndoStepFollowsTheOfficeUiNotTheDocument) {
    // the test office runs with an English UI; the build is Russian
    writeRussianWorkbook();
    build("", "ru");
    ASSERT_FALSE(undoTitles().empty());
    EXPECT_EQ("Concord: build sheets", undoTitles().front());
}

TEST_F(GeneratorLanguage, OnceRequestsWithADateAreJudged) {
    // As of 2026-11-30 (P = 2026-11). Due day 46341 is 2026-11-15 (serial from 1899-12-30).
    // O1 once, due as a date cell, delivered 14 Nov ≤ 15 Nov: on time, step 0.
    // O2 once, due as the text 15.11.2026, nothing delivered, 15 Nov ≤ 30 Nov: overdue =
    //    missed once → step 1.
    // O3 once, due as the text 2026-11-15, not agreed: step 1, no status.
    addSheet(
        "Departments",
        {{text("Code"), text("Name")}, {text("S"), text("Sales")}, {text("M"), text("Marketing")}});
    addSheet("KPIs", {{text("ID"), text("Name"), text("Department"), text("Target")},
                      {text("K1"), text("Leads"), text("S"), number(100)}});
    addSheet(
        "Requests",
        {{text("ID"), text("From"), text("To"), text("What"), text("Frequency"), text("Due day"),
          text("Agreed")},
         {text("O1"), text("S"), text("M"), text("price list"), text("once"), number(46341),
          text("yes")},
         {text("O2"), text("S"), text("M"), text("contract"), text("once"), text("x"), text("yes")},
         {text("O3"), text("M"), text("S"), text("budget"), text("once"), text("x"), text("no")}});
    setText("Requests", 5, 2, "15.11.2026");
    setText("Requests", 5, 3, "2026-11-15");
    addSheet("Deliveries", {{text("Request"), text("Period"), text("Delivered on")},
                            {text("O1"), text("2026-11"), number(46340)}});
    const auto result = build("2026-11", "en");
    EXPECT_EQ(std::vector<std::string>{}, strings(result.problems));
    const nlohmann::json json = report(result);
    struct Case {
        const char* id;
        nlohmann::json status;
        int ladder;
    };
    const Case cases[] = {{"O1", "on time", 0}, {"O2", "overdue", 1}, {"O3", nullptr, 1}};
    for (const Case& c : cases) {
        SCOPED_TRACE(c.id);
        const nlohmann::json* request = requestOf(json, c.id);
        ASSERT_NE(nullptr, request);
        EXPECT_EQ(c.status, (*request)["status"]);
        EXPECT_EQ(c.ladder, (*request)["ladder"]);
        EXPECT_EQ("2026-11-15", (*request)["due_date"]);
    }
    // the register shows the due date as a date in the English format
    const GeneratorSheetView matrix = view("Request matrix");
    const auto [header, dueDay] = matrix.find("Due day");
    ASSERT_GE(header, 0) << matrix.allText();
    const int o1 = matrix.row("O1", 0, header);
    ASSERT_GE(o1, 0);
    EXPECT_EQ(46341.0, matrix.number(o1, dueDay));
    EXPECT_EQ("2026-11-15",
              ::concord::uno::toUtf8(css::uno::Reference<css::text::XText>(
                                         sheet("Request matrix")->getCellByPosition(dueDay, o1),
                                         css::uno::UNO_QUERY_THROW)
                                         ->getString()));
}

} // namespace concord::integration
