// With a Russian UI (profile seeded ru-RU, libreoffice-l10n-ru) formulas read with the
// Russian display names of registration/data/functions.json and the Function Wizard
// speaks Russian. This binary's office runs with CONCORD_UI_LOCALE "ru-RU".
#include "CalcSheetTest.hpp"
#include "FunctionCatalogueFile.hpp"
#include "FunctionWizard.hpp"
#include "OfficeEnvironment.hpp"
#include "cli/office/UnoString.hpp"

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
