#include "Command.hpp"

namespace concord::uno {

const char Command::scheme[] = "vnd.concord:";

namespace {

using Action = Command::Action;
using core::common::Language;

const std::vector<Command> commands = {
    {"BuildAll", Action::Build, "all", Language::En},
    {"BuildScorecards", Action::Build, "scorecards", Language::En},
    {"CheckGoals", Action::Build, "smart", Language::En},
    {"BuildRequests", Action::Build, "requests", Language::En},
    {"NewWorkbookEn", Action::NewWorkbook, "", Language::En},
    {"NewWorkbookRu", Action::NewWorkbook, "", Language::Ru},
    {"ExportPdf", Action::ExportPdf, "", Language::En},
    {"HandOut", Action::HandOut, "", Language::En},
    {"Collect", Action::Collect, "", Language::En},
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
