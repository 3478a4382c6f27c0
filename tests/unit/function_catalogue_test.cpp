#include "core/common/Error.hpp"
#include "core/functions/Catalogue.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using concord::core::common::Error;
using concord::core::common::Language;
using concord::core::common::languageFromTag;
using concord::core::functions::Catalogue;
using concord::core::functions::FunctionInfo;
using nlohmann::json;

namespace {

const Catalogue& shipped() {
    static const Catalogue catalogue =
        Catalogue::load(std::string(CONCORD_DATA_DIR) + "/functions.json");
    return catalogue;
}

struct IdlMethod {
    std::string name;
    std::vector<std::string> parameters; // without the hidden `caller`
    bool caller = false;                 // the hidden `caller` is the first parameter
};

/// The text of idl/org/concord/XFunctions.idl, or "" when it cannot be read.
std::string idlText() {
    std::ifstream file(std::string(CONCORD_SOURCE_DIR) + "/idl/org/concord/XFunctions.idl");
    std::stringstream buffer;
    buffer << file.rdbuf();
    return buffer.str();
}

/// The methods `any name([in] type param, ...)` of the IDL text, in file order.
std::vector<IdlMethod> idlMethods(const std::string& idl) {
    const std::string text = std::regex_replace(idl, std::regex("//[^\n]*"), "");

    const std::regex method(R"(\bany\s+(\w+)\s*\(([^)]*)\))");
    const std::regex parameter(R"(\[in\]\s+([\w:]+)\s+(\w+))");
    std::vector<IdlMethod> methods;
    for (auto m = std::sregex_iterator(text.begin(), text.end(), method);
         m != std::sregex_iterator(); ++m) {
        IdlMethod found{(*m)[1], {}};
        const std::string list = (*m)[2];
        for (auto p = std::sregex_iterator(list.begin(), list.end(), parameter);
             p != std::sregex_iterator(); ++p) {
            const bool hiddenCaller =
                (*p)[2] == "caller" && (*p)[1] == "com::sun::star::beans::XPropertySet";
            if (!hiddenCaller)
                found.parameters.push_back((*p)[2]);
            else if (found.parameters.empty())
                found.caller = true;
        }
        methods.push_back(found);
    }
    return methods;
}

std::vector<std::string> argumentIds(const FunctionInfo& function) {
    std::vector<std::string> ids;
    for (const auto& argument : function.arguments)
        ids.push_back(argument.id);
    return ids;
}

/// "function.argument" for every argument that satisfies the predicate.
std::set<std::string> argumentsWhere(bool concord::core::functions::ArgumentInfo::*flag) {
    std::set<std::string> found;
    for (const auto& function : shipped().functions())
        for (const auto& argument : function.arguments)
            if (argument.*flag)
                found.insert(function.id + "." + argument.id);
    return found;
}

/// True when the UTF-8 text holds a Cyrillic letter (U+0400..U+04FF: lead byte 0xD0..0xD3).
bool hasCyrillic(const std::string& text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0xD0 && byte <= 0xD3)
            return true;
    }
    return false;
}

bool hasAsciiLetter(const std::string& text) {
    for (const char c : text)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return true;
    return false;
}

} // namespace

// ---- the shipped catalogue: names -------------------------------------------------------

TEST(Catalogue, ShipsTheFourteenFunctionsWithTheirNamesInIdlOrder) {
    struct Row {
        const char* id;
        const char* excel;
        const char* en;
        const char* ru;
    };
    const std::vector<Row> expected = {
        {"kpiAttainment", "KPI.ATTAINMENT", "KPI.ATTAINMENT", "КПЭ.ДОСТИЖЕНИЕ"},
        {"kpiScore", "KPI.SCORE", "KPI.SCORE", "КПЭ.ОЦЕНКА"},
        {"kpiRange", "KPI.RANGE", "KPI.RANGE", "КПЭ.ДИАПАЗОН"},
        {"kpiStatus", "KPI.STATUS", "KPI.STATUS", "КПЭ.СТАТУС"},
        {"kpiWeighted", "KPI.WEIGHTED", "KPI.WEIGHTED", "КПЭ.ВЗВЕШЕННАЯ"},
        {"kpiPace", "KPI.PACE", "KPI.PACE", "КПЭ.ТЕМП"},
        {"kpiForecast", "KPI.FORECAST", "KPI.FORECAST", "КПЭ.ПРОГНОЗ"},
        {"kpiTrend", "KPI.TREND", "KPI.TREND", "КПЭ.ТРЕНД"},
        {"kpiAbTest", "KPI.ABTEST", "KPI.ABTEST", "КПЭ.АБТЕСТ"},
        {"smartScore", "SMART.SCORE", "SMART.SCORE", "СМАРТ.ОЦЕНКА"},
        {"smartMissing", "SMART.MISSING", "SMART.MISSING", "СМАРТ.ПРОПУСКИ"},
        {"smartHint", "SMART.HINT", "SMART.HINT", "СМАРТ.СОВЕТ"},
        {"reqStatus", "REQ.STATUS", "REQ.STATUS", "ЗАПРОС.СТАТУС"},
        {"reqNextDue", "REQ.NEXTDUE", "REQ.NEXTDUE", "ЗАПРОС.СЛЕДСРОК"},
    };
    EXPECT_EQ("org.concord.Functions", shipped().service());
    ASSERT_EQ(14u, shipped().functions().size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const FunctionInfo& function = shipped().functions()[i];
        SCOPED_TRACE(expected[i].id);
        EXPECT_EQ(expected[i].id, function.id);
        EXPECT_EQ(expected[i].excel, function.excel);
        EXPECT_EQ(expected[i].en, function.name.en);
        EXPECT_EQ(expected[i].ru, function.name.ru);
    }
}

TEST(Catalogue, RussianNamesAreCyrillicAndNoDisplayNameHasSpaces) {
    for (const auto& function : shipped().functions()) {
        SCOPED_TRACE(function.id);
        EXPECT_TRUE(hasCyrillic(function.name.ru));
        EXPECT_FALSE(hasAsciiLetter(function.name.ru)) << function.name.ru;
        EXPECT_EQ(std::string::npos, function.name.en.find(' '));
        EXPECT_EQ(std::string::npos, function.name.ru.find(' '));
        for (const auto& argument : function.arguments) {
            SCOPED_TRACE(argument.id);
            EXPECT_TRUE(hasCyrillic(argument.name.ru)) << argument.name.ru;
            EXPECT_TRUE(std::regex_match(argument.name.en, std::regex("[a-z][a-z_]*")))
                << argument.name.en;
            EXPECT_EQ(std::string::npos, argument.name.ru.find(' '));
        }
    }
}

TEST(Catalogue, EveryTextIsPresentInBothLanguagesAndRussianTextIsRussian) {
    for (const auto& function : shipped().functions()) {
        SCOPED_TRACE(function.id);
        EXPECT_FALSE(function.description.en.empty());
        EXPECT_TRUE(hasCyrillic(function.description.ru));
        for (const auto& argument : function.arguments) {
            SCOPED_TRACE(argument.id);
            EXPECT_FALSE(argument.name.en.empty());
            EXPECT_FALSE(argument.description.en.empty());
            EXPECT_TRUE(hasCyrillic(argument.description.ru));
        }
    }
}

TEST(Catalogue, ElementWiseFunctionsSayARangeGivesAnArray) {
    const std::set<std::string> elementWise = {
        "kpiAttainment", "kpiScore",     "kpiRange",  "kpiStatus", "kpiPace",   "kpiAbTest",
        "smartScore",    "smartMissing", "smartHint", "reqStatus", "reqNextDue"};
    for (const auto& function : shipped().functions()) {
        SCOPED_TRACE(function.id);
        const bool isElementWise = elementWise.count(function.id) == 1;
        EXPECT_EQ(isElementWise, function.description.en.find("array result") != std::string::npos);
        EXPECT_EQ(isElementWise,
                  function.description.ru.find("результат-массив") != std::string::npos);
        EXPECT_EQ(!isElementWise,
                  function.description.en.find("single number") != std::string::npos);
    }
}

// ---- the shipped catalogue against idl/XFunctions.idl ----------------------------------

TEST(Catalogue, MatchesTheIdlMethodsAndParametersInOrder) {
    const std::string idl = idlText();
    ASSERT_FALSE(idl.empty()) << "cannot read XFunctions.idl under " CONCORD_SOURCE_DIR "/idl";
    const std::vector<IdlMethod> methods = idlMethods(idl);
    ASSERT_EQ(14u, methods.size()); // guards the IDL reader itself
    // result of: kpiPace's hidden caller is dropped, the user parameters stay in order
    EXPECT_EQ(
        (std::vector<std::string>{"actual", "target", "start", "deadline", "today", "baseline"}),
        methods[5].parameters);

    // definition of: the same methods, in the same order, with the same arguments
    ASSERT_EQ(methods.size(), shipped().functions().size());
    for (std::size_t i = 0; i < methods.size(); ++i) {
        SCOPED_TRACE(methods[i].name);
        EXPECT_EQ(methods[i].name, shipped().functions()[i].id);
        EXPECT_EQ(methods[i].parameters, argumentIds(shipped().functions()[i]));
        EXPECT_EQ(methods[i].caller, shipped().functions()[i].caller);
    }
}

// ---- the shipped catalogue: optional and zero-means-missing arguments -------------------

TEST(Catalogue, OptionalArgumentsAreThoseInBracketsInTheDesign) {
    const std::set<std::string> expected = {
        "kpiAttainment.baseline", "kpiAttainment.direction", "kpiScore.baseline",
        "kpiScore.direction",     "kpiScore.floor",          "kpiScore.cap",
        "kpiRange.tolerance",     "kpiStatus.amberFrom",     "kpiStatus.greenFrom",
        "kpiWeighted.weights",    "kpiPace.today",           "kpiPace.baseline",
        "kpiTrend.dates",         "smartScore.kpi",          "smartScore.target",
        "smartScore.deadline",    "smartScore.owner",        "smartScore.parent",
        "smartMissing.kpi",       "smartMissing.target",     "smartMissing.deadline",
        "smartMissing.owner",     "smartMissing.parent",     "smartHint.kpi",
        "smartHint.target",       "smartHint.deadline",      "smartHint.owner",
        "smartHint.parent",       "reqStatus.delivered",     "reqStatus.today",
        "reqNextDue.dueDay"};
    EXPECT_EQ(expected, argumentsWhere(&concord::core::functions::ArgumentInfo::optional));
}

TEST(Catalogue, ZeroMeansMissingExactlyWhereZeroIsNoMeaningfulValue) {
    // floor is absent on purpose: 0 is its meaningful default
    const std::set<std::string> expected = {"kpiAttainment.baseline", "kpiAttainment.direction",
                                            "kpiScore.baseline",      "kpiScore.direction",
                                            "kpiScore.cap",           "kpiRange.tolerance",
                                            "kpiStatus.amberFrom",    "kpiStatus.greenFrom",
                                            "kpiPace.today",          "kpiPace.baseline",
                                            "smartScore.target",      "smartScore.deadline",
                                            "smartMissing.target",    "smartMissing.deadline",
                                            "smartHint.target",       "smartHint.deadline",
                                            "reqStatus.delivered",    "reqStatus.today",
                                            "reqNextDue.dueDay"};
    EXPECT_EQ(expected, argumentsWhere(&concord::core::functions::ArgumentInfo::zeroMeansMissing));
}

// ---- lookups ----------------------------------------------------------------------------

TEST(Catalogue, ByDisplayNameIgnoresAsciiCaseAndMatchesCyrillicExactly) {
    const FunctionInfo* byEnglish = shipped().byDisplayName("kpi.attainment");
    const FunctionInfo* byRussian = shipped().byDisplayName("КПЭ.ДОСТИЖЕНИЕ");
    ASSERT_NE(nullptr, byEnglish);
    ASSERT_NE(nullptr, byRussian);
    EXPECT_EQ("kpiAttainment", byEnglish->id);
    EXPECT_EQ("kpiAttainment", byRussian->id);
    EXPECT_EQ("reqNextDue", shipped().byDisplayName("Req.NextDue")->id);
    EXPECT_EQ(nullptr, shipped().byDisplayName("кпэ.достижение"));
    EXPECT_EQ(nullptr, shipped().byDisplayName("KPI.ATTAIN"));
    EXPECT_EQ(nullptr, shipped().byDisplayName("kpiAttainment"));
}

TEST(Catalogue, ByIdAndArgumentFindExactIdsOnly) {
    const FunctionInfo* status = shipped().byId("kpiStatus");
    ASSERT_NE(nullptr, status);
    EXPECT_EQ("KPI.STATUS", status->name.en);
    EXPECT_EQ(nullptr, shipped().byId("KPISTATUS"));
    EXPECT_EQ(nullptr, shipped().byId("KPI.STATUS"));

    const auto* amber = status->argument("amberFrom");
    ASSERT_NE(nullptr, amber);
    EXPECT_EQ("amber_from", amber->name.in(Language::En));
    EXPECT_EQ("жёлтый_от", amber->name.in(Language::Ru));
    EXPECT_EQ(nullptr, status->argument("amber_from"));
}

TEST(Catalogue, LoadOfAMissingFileThrowsUnreadableWithThePath) {
    try {
        Catalogue::load("/nonexistent/functions.json");
        FAIL() << "no exception";
    } catch (const Error& e) {
        EXPECT_EQ("catalogue.unreadable", e.id());
        EXPECT_STREQ("[catalogue.unreadable] cannot open the function catalogue: "
                     "/nonexistent/functions.json",
                     e.what());
    }
}

// ---- parse: a broken catalogue names the problem and where it is ------------------------

namespace {

json minimalCatalogue() {
    return R"({"service": "org.example.F",
               "functions": [{"id": "f", "excel": "F.X",
                              "name": {"en": "F.X", "ru": "Ф.Х"},
                              "description": {"en": "Returns.", "ru": "Возвращает."},
                              "arguments": [{"id": "a",
                                             "name": {"en": "a", "ru": "а"},
                                             "description": {"en": "An a.", "ru": "Некое а."},
                                             "optional": false,
                                             "zeroMeansMissing": false}]}]})"_json;
}

json& function0(json& catalogue) {
    return catalogue["functions"][0];
}
json& argument0(json& catalogue) {
    return catalogue["functions"][0]["arguments"][0];
}

json withArgument(json catalogue, const std::string& id, bool optional, bool zero) {
    json argument = argument0(catalogue);
    argument["id"] = id;
    argument["name"] = {{"en", id}, {"ru", "р" + id}};
    argument["optional"] = optional;
    argument["zeroMeansMissing"] = zero;
    function0(catalogue)["arguments"].push_back(argument);
    return catalogue;
}

} // namespace

TEST(FunctionCatalogueParse, MinimalCatalogueIsValid) {
    const Catalogue catalogue = Catalogue::parse(minimalCatalogue());
    EXPECT_EQ("org.example.F", catalogue.service());
    ASSERT_EQ(1u, catalogue.functions().size());
    EXPECT_EQ("Некое а.", catalogue.functions()[0].arguments[0].description.ru);
}

TEST(FunctionCatalogueParse, BrokenCatalogueThrowsInvalidNamingWhatAndWhere) {
    struct Row {
        const char* situation;
        std::function<json()> broken;
        const char* message;
    };
    const std::vector<Row> rows = {
        {"missing ru description of an argument",
         [] {
             json c = minimalCatalogue();
             argument0(c)["description"].erase("ru");
             return c;
         },
         "[catalogue.invalid] missing or empty text at /functions/0/arguments/0/description/ru"},
        {"empty en function name",
         [] {
             json c = minimalCatalogue();
             function0(c)["name"]["en"] = "";
             return c;
         },
         "[catalogue.invalid] missing or empty text at /functions/0/name/en"},
        {"description that is a plain string",
         [] {
             json c = minimalCatalogue();
             function0(c)["description"] = "Returns.";
             return c;
         },
         "[catalogue.invalid] missing en/ru text object at /functions/0/description"},
        {"duplicate function id",
         [] {
             json c = minimalCatalogue();
             json copy = function0(c);
             copy["excel"] = "G.X";
             copy["name"] = {{"en", "G.X"}, {"ru", "Г.Х"}};
             c["functions"].push_back(copy);
             return c;
         },
         "[catalogue.invalid] duplicate function id at /functions/1/id: f"},
        {"display name of another function in the other language, other case",
         [] {
             json c = minimalCatalogue();
             json other = function0(c);
             other["id"] = "g";
             other["excel"] = "G.X";
             other["name"] = {{"en", "G.X"}, {"ru", "f.x"}};
             c["functions"].push_back(other);
             return c;
         },
         "[catalogue.invalid] name already used by f at /functions/1/name/ru: f.x"},
        {"duplicate argument id",
         [] { return withArgument(minimalCatalogue(), "a", false, false); },
         "[catalogue.invalid] duplicate argument id at /functions/0/arguments/1/id: a"},
        {"required argument after an optional one",
         [] {
             return withArgument(withArgument(minimalCatalogue(), "b", true, false), "c", false,
                                 false);
         },
         "[catalogue.invalid] required argument after an optional one at "
         "/functions/0/arguments/2/optional: c"},
        {"zeroMeansMissing on a required argument",
         [] { return withArgument(minimalCatalogue(), "b", false, true); },
         "[catalogue.invalid] zeroMeansMissing on a required argument at "
         "/functions/0/arguments/1/zeroMeansMissing: b"},
        {"flag missing",
         [] {
             json c = minimalCatalogue();
             argument0(c).erase("optional");
             return c;
         },
         "[catalogue.invalid] missing true/false at /functions/0/arguments/0/optional"},
        {"no functions",
         [] {
             json c = minimalCatalogue();
             c["functions"] = json::array();
             return c;
         },
         "[catalogue.invalid] no functions at /functions"},
        {"document that is not an object", [] { return json::array(); },
         "[catalogue.invalid] not a JSON object at /"},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.situation);
        try {
            Catalogue::parse(row.broken());
            ADD_FAILURE() << "no exception";
        } catch (const Error& e) {
            EXPECT_EQ("catalogue.invalid", e.id());
            EXPECT_STREQ(row.message, e.what());
        }
    }
}

// ---- UI language from a locale tag ------------------------------------------------------

TEST(FunctionCatalogueLanguage, RussianTagsGiveRuEverythingElseEn) {
    const std::vector<std::pair<const char*, Language>> rows = {
        {"ru", Language::Ru},    {"ru-RU", Language::Ru}, {"RU", Language::Ru},
        {"ru_RU", Language::Ru}, {"ru-UA", Language::Ru}, {"en", Language::En},
        {"en-US", Language::En}, {"uk-UA", Language::En}, {"rus", Language::En},
        {"", Language::En},      {"-RU", Language::En},
    };
    for (const auto& [tag, language] : rows)
        EXPECT_EQ(language, languageFromTag(tag)) << '"' << tag << '"';
}

TEST(Catalogue, RequestStatusHelpSaysTheWordsFollowTheDocumentsLanguage) {
    // REQ.STATUS answers in the calling document's language: its help says so, and names the
    // other language's words, in both languages
    const FunctionInfo* status = shipped().byId("reqStatus");
    ASSERT_NE(nullptr, status);
    EXPECT_NE(std::string::npos, status->description.en.find("follow the document's language"));
    EXPECT_NE(std::string::npos, status->description.en.find("\"просрочен\""));
    EXPECT_NE(std::string::npos, status->description.ru.find("следуют языку документа"));
    EXPECT_NE(std::string::npos, status->description.ru.find("«overdue»"));
}
