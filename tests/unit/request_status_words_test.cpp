// The words REQ.STATUS answers with, per language, from registration/data/words.json
// ("request_status"), and the errors for a broken request_status object.
#include "core/common/Error.hpp"
#include "core/common/Words.hpp"
#include "core/report/RequestStatus.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>
#include <string>

using concord::core::common::Error;
using concord::core::common::Language;
using concord::core::common::Words;
using concord::core::report::RequestState;

namespace {

nlohmann::json shippedJson() {
    std::ifstream stream(std::string(CONCORD_DATA_DIR) + "/words.json");
    return nlohmann::json::parse(stream);
}

const Words& shipped() {
    static const Words words(shippedJson());
    return words;
}

} // namespace

TEST(RequestStatusWords, EnglishWordsAreTheDesignsCodes) {
    // DESIGN §4: "on time", "late", "open", "overdue" in an English document
    EXPECT_EQ("on time", shipped().requestState(RequestState::OnTime, Language::En));
    EXPECT_EQ("late", shipped().requestState(RequestState::Late, Language::En));
    EXPECT_EQ("open", shipped().requestState(RequestState::Open, Language::En));
    EXPECT_EQ("overdue", shipped().requestState(RequestState::Overdue, Language::En));
}

TEST(RequestStatusWords, RussianWords) {
    // the words: в срок / с опозданием / открыт / просрочен
    EXPECT_EQ("в срок", shipped().requestState(RequestState::OnTime, Language::Ru));
    EXPECT_EQ("с опозданием", shipped().requestState(RequestState::Late, Language::Ru));
    EXPECT_EQ("открыт", shipped().requestState(RequestState::Open, Language::Ru));
    EXPECT_EQ("просрочен", shipped().requestState(RequestState::Overdue, Language::Ru));
}

TEST(RequestStatusWords, WordsEditedInTheFileAreAnswered) {
    nlohmann::json data = shippedJson();
    data["request_status"]["late"]["ru"] = "опоздание";
    EXPECT_EQ("опоздание", Words(data).requestState(RequestState::Late, Language::Ru));
}

TEST(RequestStatusWords, BrokenRequestStatusThrowsError) {
    struct ErrorCase {
        const char* situation;
        std::function<void(nlohmann::json&)> change;
        const char* what;
    };
    const ErrorCase cases[] = {
        {"object missing", [](auto& d) { d.erase("request_status"); },
         "[words.missing_enumeration] enumeration missing: request_status"},
        {"not an object", [](auto& d) { d["request_status"] = "late"; },
         "[words.missing_enumeration] enumeration missing: request_status"},
        {"state missing", [](auto& d) { d["request_status"].erase("open"); },
         "[words.missing_value] value missing: request_status.open"},
        {"unknown state",
         [](auto& d) {
             d["request_status"]["early"] = {{"en", "early"}};
         },
         "[words.unknown_value] unknown value: request_status.early"},
        {"ru missing", [](auto& d) { d["request_status"]["late"].erase("ru"); },
         "[words.missing_language] word missing: request_status.late.ru"},
        {"a list, not a text",
         [](auto& d) { d["request_status"]["late"]["en"] = nlohmann::json::array({"late"}); },
         "[words.not_a_word] not a word: request_status.late.en"},
        {"blank", [](auto& d) { d["request_status"]["overdue"]["ru"] = " "; },
         "[words.not_a_word] not a word: request_status.overdue.ru"},
    };
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(c.situation);
        nlohmann::json data = shippedJson();
        c.change(data);
        try {
            Words{data};
            ADD_FAILURE() << "no Error thrown";
        } catch (const Error& e) {
            EXPECT_EQ(c.what, std::string(e.what()));
        }
    }
}
