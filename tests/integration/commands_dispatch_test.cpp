// The Concord commands as a macro, a menu or a toolbar button runs them: dispatch URLs
// vnd.concord:… on the frame of a Calc document holding SidebarWorkbook (latest period
// 2026-09). XDispatchHelper::executeDispatch gets the command's result: the
// org.concord.GenerationResult of a build, the new document of NewWorkbook…, or the
// message of a failure.
#include "OfficeEnvironment.hpp"
#include "SidebarCommands.hpp"
#include "SidebarTexts.hpp"
#include "SidebarWorkbook.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/concord/GenerationResult.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <optional>

namespace concord::integration {

namespace {

std::vector<std::string> strings(const css::uno::Sequence<rtl::OUString>& texts) {
    std::vector<std::string> result;
    for (const rtl::OUString& text : texts)
        result.push_back(::concord::uno::toUtf8(text));
    return result;
}

std::vector<std::string>
sheetNames(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    return strings(document->getSheets()->getElementNames());
}

bool has(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

class CommandsDispatch : public ::testing::Test {
protected:
    void SetUp() override {
        _document.emplace(cli::CalcDocument::create(OfficeEnvironment::office()));
        SidebarWorkbook::write(*_document);
    }
    void TearDown() override {
        _document.reset();
        if (HasFailure())
            std::cerr << "office output so far:\n" << OfficeEnvironment::office().output() << '\n';
    }

    cli::CalcDocument& document() { return *_document; }

    /// Runs a build command and returns its result; fails the test when it reports none.
    org::concord::GenerationResult
    build(const std::string& url, const std::vector<css::beans::PropertyValue>& arguments = {}) {
        const auto outcome = SidebarCommands::execute(document(), url, arguments);
        EXPECT_TRUE(outcome.reported) << url << " reported nothing";
        EXPECT_TRUE(outcome.success) << url << " failed";
        org::concord::GenerationResult result;
        if (!(outcome.result >>= result)) {
            rtl::OUString message;
            outcome.result >>= message;
            ADD_FAILURE() << url
                          << " gave no GenerationResult: " << ::concord::uno::toUtf8(message);
        }
        return result;
    }

    /// Every sheet the result names exists in the document.
    void expectSheetsExist(const org::concord::GenerationResult& result) {
        const auto names = sheetNames(document().model());
        for (const std::string& sheet : strings(result.sheets))
            EXPECT_TRUE(has(names, sheet)) << sheet << " was reported but is not there";
    }

private:
    std::optional<cli::CalcDocument> _document;
};

// --- builds ------------------------------------------------------------------------------

TEST_F(CommandsDispatch, BuildAllBuildsEverySheetForTheLatestPeriod) {
    const auto result = build("vnd.concord:BuildAll");
    const auto sheets = strings(result.sheets);
    for (const char* name : {"Scorecard SAL", "Scorecard MKT", "Company", "SMART", "Escalations"})
        EXPECT_TRUE(has(sheets, name)) << name;
    EXPECT_EQ("2026-09", ::concord::uno::toUtf8(result.period));
    EXPECT_EQ(2, result.problems.getLength());
    expectSheetsExist(result);
}

TEST_F(CommandsDispatch, BuildScorecardsBuildsScorecardsAndTheCompany) {
    const auto result = build("vnd.concord:BuildScorecards");
    const auto sheets = strings(result.sheets);
    EXPECT_TRUE(has(sheets, "Scorecard SAL"));
    EXPECT_TRUE(has(sheets, "Company"));
    EXPECT_FALSE(has(sheets, "SMART"));
    expectSheetsExist(result);
}

TEST_F(CommandsDispatch, CheckGoalsBuildsTheSmartSheet) {
    const auto result = build("vnd.concord:CheckGoals");
    EXPECT_EQ(std::vector<std::string>{"SMART"}, strings(result.sheets));
    expectSheetsExist(result);
}

TEST_F(CommandsDispatch, BuildRequestsBuildsTheMatrixAndTheEscalations) {
    const auto result = build("vnd.concord:BuildRequests");
    const auto sheets = strings(result.sheets);
    EXPECT_EQ(2U, sheets.size());
    EXPECT_TRUE(has(sheets, "Escalations"));
    expectSheetsExist(result);
}

TEST_F(CommandsDispatch, ArgumentsChooseThePeriodAndTheLanguage) {
    const auto result =
        build("vnd.concord:BuildScorecards",
              {SidebarCommands::argument("Period", css::uno::Any(rtl::OUString("2026-08"))),
               SidebarCommands::argument("Language", css::uno::Any(rtl::OUString("ru")))});
    EXPECT_EQ("2026-08", ::concord::uno::toUtf8(result.period));
    EXPECT_TRUE(has(strings(result.sheets), "Карта SAL")); // sheets.json ru: "Карта {code}"
    EXPECT_TRUE(has(strings(result.sheets), "Компания"));
}

TEST_F(CommandsDispatch, TheDepartmentArgumentBuildsOnlyItsScorecard) {
    const auto result =
        build("vnd.concord:BuildScorecards",
              {SidebarCommands::argument("Department", css::uno::Any(rtl::OUString("MKT")))});
    const auto sheets = strings(result.sheets);
    EXPECT_TRUE(has(sheets, "Scorecard MKT"));
    EXPECT_FALSE(has(sheets, "Scorecard SAL"));
    EXPECT_FALSE(has(sheets, "Scorecard FIN"));
}

TEST_F(CommandsDispatch, AMenuClickBuildsWithoutWaitingForAnyone) {
    // XDispatch::dispatch as menus and toolbars call it: the outcome goes to a message
    // box, which a headless office closes at once.
    const auto dispatch = SidebarCommands::query(document(), "vnd.concord:CheckGoals");
    ASSERT_TRUE(dispatch.is());
    css::util::URL url;
    url.Complete = "vnd.concord:CheckGoals";
    dispatch->dispatch(url, {});
    EXPECT_TRUE(has(sheetNames(document().model()), "SMART"));
}

TEST(CommandsOnOtherDocuments, ABuildWithoutTablesFailsWithTheReasonAndChangesNothing) {
    const auto document = cli::CalcDocument::create(OfficeEnvironment::office());
    const auto before = sheetNames(document.model());
    const auto outcome = SidebarCommands::execute(document, "vnd.concord:BuildAll");
    ASSERT_TRUE(outcome.reported);
    EXPECT_FALSE(outcome.success);
    rtl::OUString message;
    ASSERT_TRUE(outcome.result >>= message) << "a failed build should report its message";
    const std::string failed = SidebarTexts::text("status.failed", "en", {""});
    EXPECT_EQ(0U, ::concord::uno::toUtf8(message).rfind(failed, 0))
        << ::concord::uno::toUtf8(message);
    EXPECT_GT(message.getLength(), static_cast<sal_Int32>(failed.size()));
    EXPECT_EQ(before, sheetNames(document.model()));
}

// --- new workbooks from the templates ----------------------------------------------------

class CommandsNewWorkbook : public CommandsDispatch {
protected:
    /// Runs the command hidden and returns the new document's sheet names and URL.
    std::pair<std::vector<std::string>, std::string> open(const std::string& url) {
        const auto outcome = SidebarCommands::execute(
            document(), url, {SidebarCommands::argument("Hidden", css::uno::Any(true))});
        css::uno::Reference<css::lang::XComponent> component;
        if (!outcome.success || !(outcome.result >>= component) || !component.is()) {
            rtl::OUString message;
            outcome.result >>= message;
            ADD_FAILURE() << url << " opened nothing: " << ::concord::uno::toUtf8(message);
            return {};
        }
        const css::uno::Reference<css::sheet::XSpreadsheetDocument> workbook(component,
                                                                             css::uno::UNO_QUERY);
        std::pair<std::vector<std::string>, std::string> seen;
        if (workbook.is())
            seen.first = sheetNames(workbook);
        seen.second = ::concord::uno::toUtf8(
            css::uno::Reference<css::frame::XModel>(component, css::uno::UNO_QUERY_THROW)
                ->getURL());
        css::uno::Reference<css::util::XCloseable>(component, css::uno::UNO_QUERY_THROW)
            ->close(true);
        return seen;
    }
};

TEST_F(CommandsNewWorkbook, EnglishTemplateOpensAsAnUntitledWorkbook) {
    const auto [sheets, url] = open("vnd.concord:NewWorkbookEn");
    for (const char* table : {"Departments", "Goals", "KPIs", "Actuals", "Requests", "Deliveries"})
        EXPECT_TRUE(has(sheets, table)) << table;
    EXPECT_EQ("", url) << "the template itself was opened, not a new workbook from it";
}

TEST_F(CommandsNewWorkbook, RussianTemplateOpensAsAnUntitledWorkbook) {
    const auto [sheets, url] = open("vnd.concord:NewWorkbookRu");
    for (const char* table : {"Подразделения", "Цели", "Показатели", "Факт", "Запросы", "Поставки"})
        EXPECT_TRUE(has(sheets, table)) << table;
    EXPECT_EQ("", url);
}

// --- which URLs are Concord's ------------------------------------------------------------

TEST_F(CommandsDispatch, EveryCommandUrlHasADispatchAndOthersHaveNone) {
    for (const char* url :
         {"vnd.concord:BuildAll", "vnd.concord:BuildScorecards", "vnd.concord:CheckGoals",
          "vnd.concord:BuildRequests", "vnd.concord:NewWorkbookEn", "vnd.concord:NewWorkbookRu"})
        EXPECT_TRUE(SidebarCommands::query(document(), url).is()) << url;
    EXPECT_FALSE(SidebarCommands::query(document(), "vnd.concord:NoSuchCommand").is());
    EXPECT_FALSE(SidebarCommands::query(document(), "vnd.concord:buildall").is());
}

} // namespace concord::integration
