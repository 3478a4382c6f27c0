#include "core/sheets/Scope.hpp"

#include "core/common/Error.hpp"

#include <Poco/String.h>

#include <algorithm>

namespace concord::core::sheets {

namespace {

/// What each value of `what` builds and replaces.
struct Selection {
    const char* what;
    Scope scope;
};

const Selection selections[] = {
    {"all", {true, true, true, true, true, {}, {}}},
    {"scorecards", {true, false, false, true, false, {"scorecard", "company", "people"}, {}}},
    {"smart", {false, true, false, true, false, {"smart"}, {}}},
    {"requests", {false, false, true, true, false, {"requests", "escalations"}, {}}},
    {"check", {true, true, true, false, false, {}, {}}},
};

/// "scorecards:<code>": one department's scorecard.
const char departmentSelection[] = "scorecards";
const char departmentSeparator = ':';
const char scorecardKind[] = "scorecard";

} // namespace

bool Scope::covers(const std::string& kind, const std::string& sheetKey) const {
    const bool kindCovered =
        everyKind || std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    return kindCovered && (key.empty() || sheetKey == key);
}

Scope Scope::parse(const std::string& what) {
    const std::string trimmed = Poco::trim(what);
    const std::size_t colon = trimmed.find(departmentSeparator);
    const std::string wanted = Poco::toLower(trimmed.substr(0, colon));
    for (const Selection& selection : selections) {
        if (wanted != selection.what)
            continue;
        if (colon == std::string::npos)
            return selection.scope;
        if (wanted != departmentSelection)
            break;
        Scope one = selection.scope;
        one.key = Poco::trim(trimmed.substr(colon + 1));
        one.kinds = {scorecardKind};
        if (one.key.empty())
            break;
        return one;
    }
    throw common::Error(common::Error::Category::Argument, "build.what_invalid",
                        "unknown build \"" + what +
                            "\" (expected all, scorecards, scorecards:<department code>, smart, "
                            "requests or check)",
                        what);
}

} // namespace concord::core::sheets
