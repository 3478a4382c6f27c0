#include "Command.hpp"

namespace concord::uno {

const char Command::scheme[] = "vnd.concord:";

namespace {

using Action = Command::Action;
using core::UiLanguage;

const std::vector<Command> commands = {
    {"BuildAll", Action::Build, "all", UiLanguage::En},
    {"BuildScorecards", Action::Build, "scorecards", UiLanguage::En},
    {"CheckGoals", Action::Build, "smart", UiLanguage::En},
    {"BuildRequests", Action::Build, "requests", UiLanguage::En},
    {"NewWorkbookEn", Action::NewWorkbook, "", UiLanguage::En},
    {"NewWorkbookRu", Action::NewWorkbook, "", UiLanguage::Ru},
};

} // namespace

const Command* Command::find(const std::string& url) {
    const std::string prefix = scheme;
    if (url.compare(0, prefix.size(), prefix) != 0)
        return nullptr;
    const std::string name = url.substr(prefix.size(), url.find_first_of("?#") - prefix.size());
    for (const Command& command : commands)
        if (name == command.name)
            return &command;
    return nullptr;
}

const std::vector<Command>& Command::all() {
    return commands;
}

std::string Command::url() const {
    return std::string(scheme) + name;
}

} // namespace concord::uno
