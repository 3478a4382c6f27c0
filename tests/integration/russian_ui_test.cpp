// With a Russian UI (profile seeded ru-RU, libreoffice-l10n-ru) formulas read with the
// Russian display names of registration/data/functions.json and the Function Wizard
// speaks Russian. This binary's office runs with CONCORD_UI_LOCALE "ru-RU".
#include "CalcSheetTest.hpp"
#include "FunctionCatalogueFile.hpp"
#include "FunctionWizard.hpp"
#include "OfficeEnvironment.hpp"
#include "uno/text/UnoText.hpp"

namespace concord::integration {

class RussianUi : public CalcSheetTest {
protected:
    nlohmann::json _catalogue = FunctionCatalogueFile::load();
};

TEST_F(RussianUi, FormulasReadWithRussianNames) {
    check({
        {"=KPI.ATTAINMENT(8;10)", Expected::number(0.8)}, // 1 + (8 - 10) / 10
        {"=REQ.STATUS(DATE(2026;3;10);DATE(2026;3;11))", Expected::text("late")},
    });
    EXPECT_EQ(0U, formulaLocal("A1").rfind("=КПЭ.ДОСТИЖЕНИЕ(8", 0)) << formulaLocal("A1");
    EXPECT_EQ(0U, formulaLocal("A2").rfind("=ЗАПРОС.СТАТУС(", 0)) << formulaLocal("A2");
}

TEST_F(RussianUi, EveryFunctionReadsWithItsRussianName) {
    const auto& functions = _catalogue.at("functions");
    for (std::size_t i = 0; i < functions.size(); ++i)
        setFormula("A" + std::to_string(i + 1),
                   "=" + functions[i].at("name").at("en").get<std::string>() + "(1)");
    for (std::size_t i = 0; i < functions.size(); ++i) {
        const std::string ru = functions[i].at("name").at("ru");
        EXPECT_EQ("=" + ru + "(1)", formulaLocal("A" + std::to_string(i + 1)));
    }
}

TEST_F(RussianUi, RussianNamesCanBeTyped) {
    setFormulaLocal("A1", "=КПЭ.СТАТУС(1)"); // 1 >= 0.95: green
    recalculate();
    EXPECT_EQ("=КПЭ.СТАТУС(1)", formulaLocal("A1"));
    const CellResult status = result("A1");
    EXPECT_EQ(0, status.error);
    EXPECT_EQ(1, status.value);
}

TEST_F(RussianUi, FunctionWizardGivesRussianHelp) {
    FunctionWizard wizard(OfficeEnvironment::office());
    for (const auto& function : _catalogue.at("functions")) {
        const std::string name = function.at("name").at("ru");
        SCOPED_TRACE(name);
        const auto entry = wizard.find(name);
        ASSERT_TRUE(entry.has_value()) << name << " is not in the Function Wizard";
        EXPECT_EQ(function.at("description").at("ru").get<std::string>(), entry->description);
        const auto& arguments = function.at("arguments");
        ASSERT_EQ(arguments.size(), entry->arguments.size());
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            EXPECT_EQ(arguments[i].at("name").at("ru").get<std::string>(),
                      entry->arguments[i].name);
            EXPECT_EQ(arguments[i].at("description").at("ru").get<std::string>(),
                      entry->arguments[i].description);
        }
    }
}

} // namespace concord::integration

// The Concord sidebar panel and Tools ▸ Concord speak Russian under a Russian UI: every
// word from the "ru" side of registration/data/ui.json and Addons.xcu.
#include "SidebarPanelDriver.hpp"
#include "SidebarTexts.hpp"
#include "SidebarWorkbook.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace concord::integration {

TEST_F(RussianUi, SidebarPanelAndMenuSpeakRussian) {
    const auto ru = [](const std::string& id, const std::vector<std::string>& args = {}) {
        return SidebarTexts::text(id, "ru", args);
    };
    SidebarWorkbook::write(document());
    SidebarPanelDriver panel(OfficeEnvironment::office(), document());
    const std::vector<std::string> buttons = {
        ru("button.scorecards"), ru("button.smart"),   ru("button.requests"), ru("button.all"),
        ru("button.pdf"),        ru("button.handout"), ru("button.collect"),  ru("button.check")};
    EXPECT_EQ(buttons, panel.names(css::accessibility::AccessibleRole::PUSH_BUTTON));
    EXPECT_EQ("Экспорт в PDF…", ru("button.pdf")); // ui.json button.pdf, ru, written out
    EXPECT_EQ("3", panel.textAfter(ru("count.departments")));
    EXPECT_EQ("2", panel.textAfter(ru("count.problems")));
    EXPECT_EQ(ru("status.ready"), panel.status());
    EXPECT_EQ(ru("period.latest", {"2026-09"}), panel.chosenEntry(0));
    EXPECT_EQ(ru("department.all"), panel.chosenEntry(1));
    // the problems are told in Russian too (messages.json), after the cell
    const auto lines = panel.problemLines();
    ASSERT_EQ(2U, lines.size());
    EXPECT_EQ(0U, lines[0].rfind("KPIs!G4: ", 0)) << lines[0];
    EXPECT_NE(std::string::npos, lines[0].find("\xD0")) << "no Cyrillic in " << lines[0];

    const auto provider =
        css::configuration::theDefaultProvider::get(OfficeEnvironment::office().context());
    const css::uno::Any argument(css::beans::NamedValue(
        "nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Office.Addons/AddonUI/"
                                                "OfficeMenuBarMerging/org.concord.extension/"
                                                "ToolsConcord/MenuItems/concord/Submenu"))));
    const css::uno::Reference<css::container::XHierarchicalNameAccess> menu(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              css::uno::Sequence<css::uno::Any>(&argument, 1)),
        css::uno::UNO_QUERY_THROW);
    rtl::OUString title;
    menu->getByHierarchicalName("m1/Title") >>= title;
    EXPECT_EQ("Построить ~всё", ::concord::uno::toUtf8(title));
}

} // namespace concord::integration

// The undo step's name is part of the office's UI: under a Russian UI it is Russian even
// for a build in English (DESIGN §2 output language decides only what the sheets say).
#include "GeneratorFixture.hpp"

namespace concord::integration {

class RussianUiGenerator : public GeneratorFixture {};

TEST_F(RussianUiGenerator, UndoStepIsNamedInTheUiLanguageWhateverTheBuildLanguage) {
    writeWorkbook();
    const auto result = build("", "en");
    ASSERT_FALSE(strings(result.sheets).empty());
    EXPECT_EQ("Company", strings(result.sheets).front());
    ASSERT_FALSE(undoTitles().empty());
    EXPECT_EQ("Concord: построение листов", undoTitles().front());
}

} // namespace concord::integration
