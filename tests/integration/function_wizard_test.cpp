// The Function Wizard (com.sun.star.sheet.FunctionDescriptions) shows every Concord
// function with the English name, description and argument help of
// registration/data/functions.json, in the "Add-In" category, without the hidden caller.
// Calc asks XAddIn::getDisplayArgumentName/getArgumentDescription with the parameter's
// position in the IDL method, caller included (kpiPace: 0 caller, 1 actual…), and leaves
// the caller out of the list it shows.
#include "FunctionCatalogueFile.hpp"
#include "FunctionWizard.hpp"
#include "OfficeEnvironment.hpp"

#include <com/sun/star/sheet/FunctionCategory.hpp>

#include <gtest/gtest.h>

namespace concord::integration {

class FunctionWizardTest : public ::testing::Test {
protected:
    nlohmann::json _catalogue = FunctionCatalogueFile::load();
    FunctionWizard _wizard{OfficeEnvironment::office()};
};

// The loops below run over the catalogue: an empty or truncated file must not pass them.
TEST_F(FunctionWizardTest, CatalogueListsTheFourteenFunctions) {
    EXPECT_EQ(14U, _catalogue.at("functions").size());
}

TEST_F(FunctionWizardTest, EveryFunctionHasItsEnglishNameDescriptionAndCategory) {
    for (const auto& function : _catalogue.at("functions")) {
        const std::string name = function.at("name").at("en");
        SCOPED_TRACE(name);
        const auto entry = _wizard.find(name);
        ASSERT_TRUE(entry.has_value()) << name << " is not in the Function Wizard";
        EXPECT_EQ(name, entry->name);
        EXPECT_EQ(function.at("description").at("en").get<std::string>(), entry->description);
        EXPECT_EQ(css::sheet::FunctionCategory::ADDIN, entry->category);
    }
}

TEST_F(FunctionWizardTest, EveryArgumentHasItsEnglishNameAndDescription) {
    for (const auto& function : _catalogue.at("functions")) {
        const std::string name = function.at("name").at("en");
        const auto entry = _wizard.find(name);
        ASSERT_TRUE(entry.has_value()) << name;
        const auto& arguments = function.at("arguments");
        ASSERT_EQ(arguments.size(), entry->arguments.size()) << name;
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            SCOPED_TRACE(name + " argument " + std::to_string(i + 1));
            EXPECT_EQ(arguments[i].at("name").at("en").get<std::string>(),
                      entry->arguments[i].name);
            EXPECT_EQ(arguments[i].at("description").at("en").get<std::string>(),
                      entry->arguments[i].description);
        }
    }
}

TEST_F(FunctionWizardTest, OptionalArgumentsAreMarkedOptional) {
    for (const auto& function : _catalogue.at("functions")) {
        const std::string name = function.at("name").at("en");
        const auto entry = _wizard.find(name);
        ASSERT_TRUE(entry.has_value()) << name;
        const auto& arguments = function.at("arguments");
        ASSERT_EQ(arguments.size(), entry->arguments.size()) << name;
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            if (arguments[i].at("optional").get<bool>()) {
                EXPECT_TRUE(entry->arguments[i].isOptional) << name << " argument " << i + 1;
            }
        }
    }
}

// Calc 7.4 marks every `any` parameter of an add-in optional, whatever the add-in says
// (sc/source/core/tool/addincol.cxx: bOptional = SC_ADDINARG_VALUE_OR_ARRAY ||
// SC_ADDINARG_VARARGS), and XAddIn has no way to say otherwise. All XFunctions parameters
// are `any`, so the required ones (functions.json "optional": false) show as optional too.
// This pins that limitation: if it fails, the wizard now tells required arguments apart
// and the assertion should become EXPECT_FALSE.
TEST_F(FunctionWizardTest, RequiredArgumentsShowAsOptionalBecauseTheyAreAny) {
    for (const auto& function : _catalogue.at("functions")) {
        const std::string name = function.at("name").at("en");
        const auto entry = _wizard.find(name);
        ASSERT_TRUE(entry.has_value()) << name;
        const auto& arguments = function.at("arguments");
        ASSERT_EQ(arguments.size(), entry->arguments.size()) << name;
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            if (!arguments[i].at("optional").get<bool>()) {
                EXPECT_TRUE(entry->arguments[i].isOptional) << name << " argument " << i + 1;
            }
        }
    }
}

TEST_F(FunctionWizardTest, TheCallerParameterIsHidden) {
    // kpiPace, reqStatus and reqNextDue take the document (caller) first in the IDL; the
    // wizard must start with the first visible argument.
    struct Case {
        const char* function;
        std::size_t count;
        const char* first;
    };
    for (const Case& c : {Case{"KPI.PACE", 6, "actual"}, Case{"REQ.STATUS", 3, "due"},
                          Case{"REQ.NEXTDUE", 3, "frequency"}}) {
        SCOPED_TRACE(c.function);
        const auto entry = _wizard.find(c.function);
        ASSERT_TRUE(entry.has_value());
        ASSERT_EQ(c.count, entry->arguments.size());
        EXPECT_EQ(c.first, entry->arguments.front().name);
        for (const auto& argument : entry->arguments)
            EXPECT_NE("caller", argument.name);
    }
}

} // namespace concord::integration
