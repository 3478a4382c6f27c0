// The function catalogue is checked against the IDL when it is loaded: a function whose
// argument list differs from its IDL method (or a function or method on one side only) is
// refused with a configuration error, so that no call reads past an argument list.
#include "core/common/Error.hpp"
#include "core/functions/Catalogue.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

using concord::core::common::Error;
using concord::core::functions::Catalogue;
using nlohmann::json;

namespace {

json text(const std::string& en, const std::string& ru) {
    return {{"en", en}, {"ru", ru}};
}

json argument(const std::string& id) {
    return {{"id", id},
            {"name", text(id, id + "_ru")},
            {"description", text("the " + id, id + " по-русски")},
            {"optional", false},
            {"zeroMeansMissing", false}};
}

/// A catalogue of kpiStatus(score, amberFrom[, greenFrom]) and kpiPace(caller, actual),
/// with the arguments given.
Catalogue catalogue(const json& statusArguments) {
    json pace = {{"id", "kpiPace"},
                 {"excel", "KPI.PACE"},
                 {"name", text("KPI.PACE", "КПЭ.ТЕМП")},
                 {"description", text("pace", "темп")},
                 {"caller", true},
                 {"arguments", json::array({argument("actual")})}};
    json status = {{"id", "kpiStatus"},
                   {"excel", "KPI.STATUS"},
                   {"name", text("KPI.STATUS", "КПЭ.СТАТУС")},
                   {"description", text("status", "статус")},
                   {"arguments", statusArguments}};
    return Catalogue::parse(
        {{"service", "org.concord.Functions"}, {"functions", json::array({status, pace})}});
}

const json threeArguments =
    json::array({argument("score"), argument("amberFrom"), argument("greenFrom")});

// The IDL: kpiStatus(score, amberFrom, greenFrom), kpiPace(caller, actual).
const Catalogue::IdlMethods idl = {{"kpiStatus", 3}, {"kpiPace", 2}};

void expectRefused(const Catalogue& refused, const Catalogue::IdlMethods& methods,
                   const std::string& what) {
    try {
        refused.check(methods);
        ADD_FAILURE() << "the catalogue was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(static_cast<int>(Error::Category::Configuration),
                  static_cast<int>(error.category()));
        EXPECT_EQ(what, error.what());
    }
}

} // namespace

TEST(CatalogueCheck, MatchingCatalogueIsAccepted) {
    // kpiPace's hidden caller counts: 1 argument + caller = the IDL's 2 parameters
    EXPECT_NO_THROW(catalogue(threeArguments).check(idl));
}

TEST(CatalogueCheck, MissingArgumentIsRefused) {
    // greenFrom left out of functions.json: 2 arguments where the IDL method has 3
    expectRefused(catalogue(json::array({argument("score"), argument("amberFrom")})), idl,
                  "[catalogue.idl_mismatch] the function's arguments differ from the IDL "
                  "method's: kpiStatus has 2, the IDL 3");
}

TEST(CatalogueCheck, ExtraArgumentIsRefused) {
    json four = threeArguments;
    four.push_back(argument("extra"));
    expectRefused(catalogue(four), idl,
                  "[catalogue.idl_mismatch] the function's arguments differ from the IDL "
                  "method's: kpiStatus has 4, the IDL 3");
}

TEST(CatalogueCheck, CallerIsCountedAsAParameter) {
    // an IDL kpiPace without the caller would have 1 parameter, not 2
    expectRefused(catalogue(threeArguments), {{"kpiStatus", 3}, {"kpiPace", 1}},
                  "[catalogue.idl_mismatch] the function's arguments differ from the IDL "
                  "method's: kpiPace has 2, the IDL 1");
}

TEST(CatalogueCheck, FunctionMissingFromEitherSideIsRefused) {
    expectRefused(catalogue(threeArguments), {{"kpiStatus", 3}, {"kpiPace", 2}, {"kpiTrend", 2}},
                  "[catalogue.idl_mismatch] the IDL method has no function in the catalogue: "
                  "kpiTrend");
    expectRefused(catalogue(threeArguments), {{"kpiStatus", 3}},
                  "[catalogue.idl_mismatch] the function is not an IDL method: kpiPace");
}

TEST(CatalogueCheck, ShippedCatalogueMatchesTheIdl) {
    // The parameter count of each method of XFunctions.idl: its "[in]" markers.
    std::ifstream file(std::string(CONCORD_SOURCE_DIR) + "/idl/org/concord/XFunctions.idl");
    std::stringstream buffer;
    buffer << file.rdbuf();
    const std::string source = buffer.str();
    Catalogue::IdlMethods methods;
    const std::regex method(R"(\bany\s+(\w+)\s*\(([^)]*)\))");
    for (auto m = std::sregex_iterator(source.begin(), source.end(), method);
         m != std::sregex_iterator(); ++m) {
        const std::string parameters = (*m)[2];
        std::size_t count = 0;
        for (std::size_t at = parameters.find("[in]"); at != std::string::npos;
             at = parameters.find("[in]", at + 1))
            ++count;
        methods[(*m)[1]] = count;
    }
    ASSERT_EQ(14u, methods.size());
    EXPECT_EQ(7u, methods.at("kpiPace")); // caller + 6 arguments
    const std::string path = std::string(CONCORD_DATA_DIR) + "/functions.json";
    EXPECT_NO_THROW(Catalogue::load(path, methods));
    methods["kpiStatus"] = 4;
    EXPECT_THROW(Catalogue::load(path, methods), Error);
}
