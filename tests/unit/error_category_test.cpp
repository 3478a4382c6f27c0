// Each error carries the category chosen where it is thrown: a bad function argument is
// an argument error, a workbook the reader cannot use an input error, a broken data file
// shipped with the extension a configuration error. The UNO boundary translates by it.
#include "core/common/Error.hpp"
#include "core/common/Words.hpp"
#include "core/functions/Catalogue.hpp"
#include "core/functions/Library.hpp"
#include "core/kpi/Attainment.hpp"
#include "core/model/Reader.hpp"
#include "core/report/ChosenPeriod.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <functional>
#include <string>

using concord::core::common::Error;
using namespace concord::core;

namespace {

const std::string dataDir = CONCORD_DATA_DIR;

const functions::Library& library() {
    static const functions::Catalogue catalogue =
        functions::Catalogue::load(dataDir + "/functions.json");
    static const functions::Library instance(
        catalogue, common::Words::load(dataDir + "/words.json"),
        smart::Analyser(smart::Vocabulary::load(dataDir + "/smart.json")));
    return instance;
}

/// Runs call, which must throw an Error of category with exactly this what().
void expectError(const std::function<void()>& call, Error::Category category,
                 const std::string& what) {
    try {
        call();
        ADD_FAILURE() << "no Error thrown";
    } catch (const Error& error) {
        EXPECT_EQ(static_cast<int>(category), static_cast<int>(error.category())) << error.what();
        EXPECT_EQ(what, error.what());
    }
}

} // namespace

TEST(ErrorCategory, BadKpiStatusArgumentIsAnArgumentError) {
    // KPI.STATUS("abc"): the score is a text, not a number
    expectError([] { library().kpiStatus(common::Grid::scalar(std::string("abc")), {}, {}); },
                Error::Category::Argument, "[arg.not_a_number] score: expected a number: abc");
    // KPI.STATUS(0.5; 0.9; 0.8): amber from 0.9 lies above green from 0.8
    expectError(
        [] {
            library().kpiStatus(common::Grid::scalar(0.5), common::Grid::scalar(0.9),
                                common::Grid::scalar(0.8));
        },
        Error::Category::Argument,
        "[kpi.status_amber_above_green] amber_from is above green_from: 0.9 > 0.8");
}

TEST(ErrorCategory, RangeIsNotADirectionOfAttainment) {
    // a range KPI is scored by rangeScore; attainment and score refuse it instead of
    // treating it as Down (which would give 1 − (8 − 10)/10 = 1.2 here)
    const std::string what = "[kpi.direction_range] range is not a direction of attainment";
    expectError([] { kpi::attainment(8, 10, std::nullopt, kpi::Direction::Range); },
                Error::Category::Argument, what);
    expectError([] { kpi::score(8, 10, std::nullopt, kpi::Direction::Range, {}, {}); },
                Error::Category::Argument, what);
    expectError([] { kpi::attainment(8, 10, 4.0, kpi::Direction::Range); },
                Error::Category::Argument, what);
}

TEST(ErrorCategory, MissingTableIsAnInputError) {
    // an empty workbook: the first required table, Departments, is missing
    const model::Reader reader = model::Reader::load(dataDir);
    expectError(
        [&] {
            reader.read({}, {1899, 12, 30}, common::Language::En);
        },
        Error::Category::Input,
        "[input.missing_table] The workbook has no sheet 'Departments' (or "
        "'Подразделения'): this table is required.");
}

TEST(ErrorCategory, PeriodThatIsNotAPeriodIsAnInputError) {
    model::Workbook workbook;
    expectError([&] { report::choosePeriod(workbook, std::string("March"), 0); },
                Error::Category::Input,
                "[build.period_invalid] the period is not a month, quarter, week or year such "
                "as 2026-09 or 2026-Q3: March");
}

TEST(ErrorCategory, BrokenWordsFileIsAConfigurationError) {
    const std::string path = ::testing::TempDir() + "error_category_words.json";
    std::ofstream(path) << "{\"direction\": ";
    expectError([&] { common::Words::load(path); }, Error::Category::Configuration,
                "[words.invalid_json] the words file is not valid JSON: " + path);
    std::remove(path.c_str());
    // valid JSON, but not the words' shape
    expectError([] { common::Words(nlohmann::json::array()); }, Error::Category::Configuration,
                "[words.missing_enumeration] the words file is not a JSON object");
}

TEST(ErrorCategory, BrokenCatalogueIsAConfigurationError) {
    expectError([] { functions::Catalogue::parse(nlohmann::json::object()); },
                Error::Category::Configuration,
                "[catalogue.invalid] missing or empty text at /service");
    expectError([] { functions::Catalogue::load("/nonexistent/functions.json"); },
                Error::Category::Configuration,
                "[catalogue.unreadable] cannot open the function catalogue: "
                "/nonexistent/functions.json");
}
